import { expect, within } from 'storybook/test';

/**
 * Checks that nothing overflows the box a story asked the Storybook preview for with
 * `parameters.trailmark.width` (`data-testid="story-width"`): its content is no wider than the box.
 * Usable as a story's whole `play` function, or awaited inside a longer one.
 */
export async function expectStoryFitsWidth({
  canvasElement,
}: {
  canvasElement: HTMLElement;
}): Promise<void> {
  const frame = within(canvasElement).getByTestId('story-width');
  await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
}
