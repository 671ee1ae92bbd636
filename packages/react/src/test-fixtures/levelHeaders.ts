import type { Curriculum } from '@trailmark/curriculum';
import { within } from 'storybook/test';

/**
 * The level headers of `curriculum` in a story: buttons whose accessible name ends with a level's
 * title, in any language. Matched by title because a symbol code such as ★ is hidden from the name.
 */
export function levelHeaders(canvasElement: HTMLElement, curriculum: Curriculum): HTMLElement[] {
  const titles = curriculum.levels.flatMap((level) =>
    typeof level.title === 'string' ? [level.title] : Object.values(level.title),
  );
  const escaped = titles.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return within(canvasElement).getAllByRole('button', {
    name: new RegExp(`(?:${escaped.join('|')})$`),
  });
}
