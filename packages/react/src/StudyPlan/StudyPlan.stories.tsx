import type { Meta, StoryObj } from '@storybook/react-vite';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureCurriculum, fixtureTopicIds } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { StudyPlan } from './StudyPlan';

// Stories render inside a `CurriculumProvider` set up by the Storybook preview from
// `parameters.trailmark` (curriculum, starting progress), in the toolbar's locale. A fixed start
// date keeps the ETA dates the same on every run.
const meta = {
  component: StudyPlan,
  tags: ['autodocs'],
  args: { start: '2025-03-03', defaultHoursPerWeek: 10, includeOptional: false, headingLevel: 2 },
  argTypes: {
    curriculum: { control: false },
    store: { control: false },
    messages: { control: false },
    start: { control: 'text' },
  },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof StudyPlan>;

export default meta;
type Story = StoryObj<typeof meta>;

const bodyRows = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getAllByRole('rowgroup')[1] as HTMLElement).getAllByRole('row');
const finish = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.tm-study-plan__finish');

/** No progress, 10 hours a week: one row per level with hours, remaining hours and a date. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Study plan' })).toBeVisible();
    await expect(bodyRows(canvasElement)).toHaveLength(fixtureCurriculum.levels.length);
    await expect(finish(canvasElement)).toHaveTextContent(/^Finish by /);
  },
};

/** Changing the pace moves the dates: more hours a week, an earlier finish. */
export const ChangePace: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const before = finish(canvasElement)?.textContent;
    const input = canvas.getByRole('spinbutton', { name: 'Hours per week' });
    await userEvent.clear(input);
    await userEvent.type(input, '40');
    await expect(input).toHaveValue(40);
    await expect(finish(canvasElement)?.textContent).not.toBe(before);
    await expect(finish(canvasElement)).toHaveTextContent(/^Finish by /);
  },
};

/** 0 hours a week: nothing can be scheduled, and the plan says so instead of inventing dates. */
export const ZeroHoursPerWeek: Story = {
  args: { hoursPerWeek: 0 },
  play: async ({ canvasElement }) => {
    await expect(finish(canvasElement)).toHaveTextContent('Not scheduled');
  },
};

/** Part done: the done part of each bar fills, remaining hours drop. */
export const InProgress: Story = {
  parameters: {
    trailmark: { progress: { python: 'done', http: 'in-progress', tokens: 'skipped' } },
  },
  play: async ({ canvasElement }) => {
    const done = canvasElement.querySelector('.tm-study-plan__done');
    await expect(Number(done?.getAttribute('width'))).toBeGreaterThan(0);
  },
};

/** Everything done or skipped: every level and the plan are complete. */
export const AllDone: Story = {
  parameters: {
    trailmark: {
      progress: Object.fromEntries(fixtureTopicIds.map((id) => [id, 'done'])),
    },
  },
  play: async ({ canvasElement }) => {
    await expect(finish(canvasElement)).toHaveTextContent('Complete');
  },
};

/** Optional levels scheduled too. */
export const IncludeOptional: Story = {
  args: { includeOptional: true },
  play: async ({ canvasElement }) => {
    const last = bodyRows(canvasElement).at(-1);
    await expect(last).not.toHaveTextContent('Not scheduled');
  },
};

/** Dark theme. */
export const Dark: Story = {
  ...InProgress,
  globals: { theme: 'dark' },
};

/** Simplified Chinese: strings, hours and dates through Intl. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: '学习计划' })).toBeVisible();
    await expect(finish(canvasElement)).toHaveTextContent(
      /^预计 \d{4}年\d{1,2}月\d{1,2}日 全部完成$/,
    );
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(finish(canvasElement)).toHaveTextContent(
      /^Finish by [A-Z][a-z]{2} \d{1,2}, \d{4}$/,
    );
  },
};

/** Right-to-left: bars grow from the right. */
export const RightToLeft: Story = {
  ...InProgress,
  globals: { direction: 'rtl' },
};

const longText = {
  ...fixtureCurriculum,
  levels: fixtureCurriculum.levels.map((level) => ({
    ...level,
    title: {
      en: 'Fine-tuning-and-private-deployment (LoRA/QLoRA/DPO/vLLM/TensorRT-LLM) for regulated industries',
      'zh-CN': '面向受监管行业的微调与私有化部署（LoRA/QLoRA/DPO/vLLM/TensorRT-LLM）',
    },
  })),
};

/** Long level titles in both scripts at 320 px: the table fits the box. */
export const LongText: Story = {
  parameters: { trailmark: { curriculum: longText, width: 320 } },
  play: expectStoryFitsWidth,
};

/** The same in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

/**
 * Narrower than the table can be with its words whole (200 px): the table scrolls inside its own
 * focusable, named region — by keyboard too — and the page does not scroll.
 */
export const NarrowScrollRegion: Story = {
  parameters: { trailmark: { curriculum: llmEngineer, width: 200 } },
  play: async ({ canvasElement }) => {
    await expectStoryFitsWidth({ canvasElement });
    const region = within(canvasElement).getByRole('region', { name: 'Study plan by level' });
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).toHaveAttribute('tabindex', '0');
  },
};

/** The built-in LLM engineer roadmap at 8 hours a week. */
export const LlmEngineerRoadmap: Story = {
  args: { defaultHoursPerWeek: 8 },
  parameters: { trailmark: { curriculum: llmEngineer } },
  play: async ({ canvasElement }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(llmEngineer.levels.length);
  },
};

/** The built-in roadmap in Chinese, its default language. */
export const LlmEngineerRoadmapChinese: Story = {
  ...LlmEngineerRoadmap,
  globals: { locale: 'zh-CN' },
};
