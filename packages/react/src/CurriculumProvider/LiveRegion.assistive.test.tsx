// What a screen reader hears after a status or pace change, in Chromium: one polite live region
// for the page (not one per component), whose text is the new figure.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter';
import { RoadmapTimeline } from '../RoadmapTimeline/RoadmapTimeline';
import { StudyPlan } from '../StudyPlan/StudyPlan';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { type AXNode, accessibilityTree } from '../test-support/accessibilityTree';
import '../test-support/styles';
import { CurriculumProvider } from './CurriculumProvider';

const property = (node: AXNode, name: string) =>
  node.properties?.find((entry) => entry.name === name)?.value.value;

/** The live regions in Chromium's accessibility tree, with their politeness. */
async function liveRegions() {
  return (await accessibilityTree())
    .filter(
      (node) => property(node, 'live') !== undefined && property(node, 'atomic') !== undefined,
    )
    .map((node) => ({ role: node.role?.value, live: property(node, 'live') }));
}

/** The text of the page's one live region, once it settles. */
const announced = () => document.querySelector('[aria-live]')?.textContent;

describe('announcements', () => {
  it('come from one polite region on a page with a timeline, a study plan and a meter', async () => {
    render(
      <CurriculumProvider curriculum={fixtureCurriculum}>
        <ProgressMeter value={0} label="Overall" />
        <RoadmapTimeline orientation="vertical" defaultExpandedLevels={['l1']} />
        <StudyPlan start="2025-01-06" />
        {/* A component with props of its own speaks through the same region. */}
        <StudyPlan locale="zh-CN" start="2025-01-06" />
      </CurriculumProvider>,
    );
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
    expect(await liveRegions()).toEqual([{ role: 'status', live: 'polite' }]);
    expect(announced()).toBe('');

    await userEvent.click(screen.getByRole('button', { name: 'Python, status: Not started' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Done' }));
    await expect.poll(announced).toBe('L1 Foundations: 1 of 4 topics complete, 25%');

    const [field] = screen.getAllByRole('spinbutton', { name: 'Hours per week' });
    await userEvent.fill(field as HTMLElement, '12');
    await expect.poll(announced).toMatch(/^12 hours a week: Finish by \w+ \d+, \d{4}$/);
    expect(announced()).toBe(
      `12 hours a week: ${screen.getAllByText(/^Finish by /)[0]?.textContent}`,
    );
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });
});
