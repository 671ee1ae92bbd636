// What a screen reader is given for the built-in roadmap, read from Chromium's accessibility tree:
// every level header a focusable, named button with its state; a symbol level code (★) never read
// as "black star"; a topic's kind with its label.
import { render } from '@testing-library/react';
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type AXNode, accessibilityTree } from '../test-support/accessibilityTree';
import '../test-support/styles';
import { RoadmapTimeline } from './RoadmapTimeline';

const property = (node: AXNode | undefined, name: string) =>
  node?.properties?.find((entry) => entry.name === name)?.value.value;

/** The level header buttons, in document order (buttons with an expanded state ending in a level title). */
async function headers() {
  const titles = llmEngineer.levels.map((level) =>
    String((level.title as Record<string, string>).en),
  );
  return (await accessibilityTree()).filter(
    (node) =>
      node.role?.value === 'button' &&
      property(node, 'expanded') !== undefined &&
      titles.some((title) => String(node.name?.value).endsWith(title)),
  );
}

describe('the roadmap in the accessibility tree', () => {
  it('gives every level header a focusable button with its name and expanded state', async () => {
    render(
      <RoadmapTimeline
        curriculum={llmEngineer}
        orientation="vertical"
        locale="en"
        defaultExpandedLevels={['l1', 'l2']}
      />,
    );
    const nodes = await headers();
    expect(nodes.map((node) => node.name?.value)).toEqual([
      'L1 The grand arrival of the LLM era',
      'L2 LLM API application engineering',
      'L3 Advanced LLM application architecture',
      'L4 Fine-tuning and private deployment',
      // The ★ badge is hidden: the title names the level.
      'The ceiling',
    ]);
    expect(nodes.map((node) => property(node, 'expanded'))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    for (const node of nodes) expect(property(node, 'focusable')).toBe(true);
    // With two levels open, the first header is still one Tab away (the accordion pattern).
    await userEvent.tab();
    expect(document.activeElement?.textContent).toContain('The grand arrival of the LLM era');
  });

  it('names the ★ level by its title in Chinese too, in its header and its progress meter', async () => {
    render(<RoadmapTimeline curriculum={llmEngineer} orientation="vertical" locale="zh-CN" />);
    const names = (await accessibilityTree()).map((node) => String(node.name?.value ?? ''));
    expect(names).toContain('天花板');
    expect(names).toContain('天花板 进度');
    expect(names.filter((name) => name.includes('★'))).toEqual([]);
  });

  it("labels a topic's kind", async () => {
    render(
      <RoadmapTimeline
        curriculum={llmEngineer}
        orientation="vertical"
        locale="en"
        defaultExpandedLevels={['l1']}
      />,
    );
    const title = document.querySelector<HTMLButtonElement>('.tm-topic__title');
    if (!title) throw new Error('no topic');
    await userEvent.click(title);
    const texts = (await accessibilityTree())
      .filter((node) => node.role?.value === 'StaticText')
      .map((node) => String(node.name?.value ?? '').trim());
    const label = texts.indexOf('Kind:');
    expect(label).toBeGreaterThan(-1);
    expect(['Concept', 'Practice', 'Project']).toContain(texts[label + 1]);
  });
});
