import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { ProgressMeter } from './ProgressMeter';

// Stories render inside the provider the Storybook preview builds, in the toolbar's locale.
const meta = {
  component: ProgressMeter,
  tags: ['autodocs'],
  args: { value: 40, label: 'L1 Foundations progress', max: 100, showValue: true },
  argTypes: { value: { control: { type: 'range', min: 0, max: 100, step: 1 } } },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof ProgressMeter>;

export default meta;
type Story = StoryObj<typeof meta>;

const bar = (canvasElement: HTMLElement) => within(canvasElement).getByRole('progressbar');

/** Partly complete: a native progress bar, named by its label, with the percentage beside it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(bar(canvasElement)).toHaveAccessibleName('L1 Foundations progress');
    await expect(bar(canvasElement)).toHaveAttribute('value', '40');
    await expect(canvasElement.querySelector('.tm-progress__value')).toHaveTextContent('40%');
  },
};

/** Nothing done yet (the empty state). */
export const Empty: Story = {
  args: { value: 0 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-progress__value')).toHaveTextContent('0%');
    await expect(canvasElement.querySelector('.tm-progress')).not.toHaveAttribute('data-complete');
  },
};

/** Complete. */
export const Complete: Story = {
  args: { value: 100 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-progress')).toHaveAttribute('data-complete');
  },
};

/** A count instead of a percentage: 12 of 40 hours. */
export const CustomMax: Story = {
  args: { value: 12, max: 40, label: 'Hours studied' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-progress__value')).toHaveTextContent('30%');
  },
};

/** Out-of-range values are clamped, never drawn past the ends. */
export const OutOfRange: Story = {
  args: { value: 150 },
  play: async ({ canvasElement }) => {
    await expect(bar(canvasElement)).toHaveAttribute('value', '100');
  },
};

/** Bar only; the value is still exposed by the native element. */
export const WithoutValue: Story = {
  args: { showValue: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-progress__value')).toBeNull();
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Simplified Chinese number format. */
export const ChineseSimplified: Story = {
  args: { label: 'L1 基础 进度' },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(bar(canvasElement)).toHaveAccessibleName('L1 基础 进度');
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
};

/** Right-to-left: the bar fills from the right. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
};

/** In a 320 px box the bar shrinks and the value stays beside it. */
export const Narrow: Story = {
  parameters: { trailmark: { width: 320 } },
  play: expectStoryFitsWidth,
};
