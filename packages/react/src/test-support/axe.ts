import axe from 'axe-core';

/**
 * Runs axe-core on an element and returns its violations as readable lines (empty when clean).
 * `region` is off because a component is tested outside a page with landmarks.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    rules: { region: { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.failureSummary} (${node.html})`),
  );
}
