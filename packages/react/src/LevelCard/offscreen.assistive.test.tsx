// With a screen reader running, Chromium keeps the topics of off-screen modules (content-visibility:
// auto) in its accessibility tree: name, state and lock description, like on-screen ones.
import { render, screen } from '@testing-library/react';
import { assertCurriculum } from '@trailmark/curriculum';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { accessibilityTree } from '../test-support/accessibilityTree';
import '../test-support/styles';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { generateCurriculum } from '../test-fixtures';

const large = assertCurriculum(generateCurriculum({ levels: 2, topics: 200 }));

describe('modules off screen, with assistive technology', () => {
  it('keep every topic in the accessibility tree', async () => {
    await page.viewport(1024, 600);
    render(
      <RoadmapTimeline curriculum={large} orientation="vertical" defaultExpandedLevels="all" />,
    );
    // The timeline fills in after its first screen.
    const last = await screen.findByRole(
      'button',
      { name: /part 200, status: Not started$/ },
      { timeout: 10_000 },
    );
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // Skipped by content-visibility: auto (its module is far below the viewport).
    expect(last.checkVisibility({ contentVisibilityAuto: true })).toBe(false);

    const statusButtons = (await accessibilityTree()).filter(
      (node) => node.role?.value === 'button' && /, status: /.test(String(node.name?.value)),
    );
    expect(statusButtons).toHaveLength(200);
    const node = statusButtons.find(
      (entry) => entry.name?.value === last.getAttribute('aria-label'),
    );
    expect(node?.description?.value).toMatch(/^Waiting for .+, part 199$/);
    expect(node?.properties).toContainEqual({
      name: 'hasPopup',
      value: expect.objectContaining({ value: 'menu' }),
    });
    // A closed menu button: collapsed, so no expanded state (the ARIA menu button pattern).
    expect(node?.properties?.map((property) => property.name)).not.toContain('expanded');
  });
});
