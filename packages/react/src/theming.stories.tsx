import type { Meta, StoryObj } from '@storybook/react-vite';
import { brandTheme, checkContrast, contrastPairs } from '@trailmark/tokens/contrast';
import { expect, within } from 'storybook/test';
import { LevelCard } from './LevelCard';
import { ProgressMeter } from './ProgressMeter';
import { fixtureCurriculum } from './test-fixtures';

const brand = brandTheme('#6d28d9');
if (!brand.ok) throw new Error(brand.problem);

/** Light and dark side by side, branded by the CSS `brandTheme` writes. */
function Branded() {
  return (
    <>
      <style>{brand.ok ? brand.css : ''}</style>
      {(['light', 'dark'] as const).map((theme) => (
        <section key={theme} data-tm-theme={theme} data-testid={theme} className="tm-root">
          <ProgressMeter value={60} label={`Progress, ${theme}`} />
          <LevelCard levelId="l1" defaultExpanded headingLevel={2} />
        </section>
      ))}
    </>
  );
}

/**
 * One brand color for both themes: `brandTheme('#6d28d9')` from `@trailmark/tokens/contrast`
 * derives the accent of each theme, and every pair passes `checkContrast`.
 */
const meta = {
  title: 'Theming',
  component: Branded,
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof Branded>;

export default meta;
type Story = StoryObj<typeof meta>;

const accentOf = (element: Element) =>
  getComputedStyle(element).getPropertyValue('--tm-color-accent').trim();

/** A standalone `ProgressMeter` and a `LevelCard`, branded in light and in dark. */
export const Brand: Story = {
  play: async ({ canvasElement }) => {
    if (!brand.ok) return;
    await expect(checkContrast(contrastPairs, brand.palettes).filter((r) => !r.pass)).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      const section = within(canvasElement).getByTestId(theme);
      const meter = section.querySelector('.tm-progress') as Element;
      await expect(accentOf(meter)).toBe(brand[theme].accent);
      const fill = getComputedStyle(meter).getPropertyValue('--tm-progress-fill').trim();
      await expect(fill).toBe(brand[theme].accent);
    }
  },
};

/**
 * The theming rule for a part used on its own: a token set on `.tm-root` reaches a lone
 * `ProgressMeter`, which is a root itself.
 */
export const PartOnItsOwn: Story = {
  render: () => (
    <div data-testid="alone">
      <style>{'[data-testid="alone"] .tm-root { --tm-color-accent: #9a3412; }'}</style>
      <ProgressMeter value={60} label="Progress" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByTestId('alone').querySelector('.tm-progress');
    await expect(meter).toHaveClass('tm-root');
    const fill = getComputedStyle(meter as Element).getPropertyValue('--tm-progress-fill');
    await expect(fill.trim()).toBe('#9a3412');
  },
};
