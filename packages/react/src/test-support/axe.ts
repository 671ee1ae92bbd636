import axe from 'axe-core';

/** jsdom has no layout or canvas: color contrast can only be judged in a real browser. */
const inJsdom = typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');

/**
 * Runs axe-core on an element and returns its violations as readable lines (empty when clean).
 * `region` is off because a component is tested outside a page with landmarks; color contrast runs
 * in the browser tests.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    rules: { region: { enabled: false }, 'color-contrast': { enabled: !inJsdom } },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.failureSummary} (${node.html})`),
  );
}
