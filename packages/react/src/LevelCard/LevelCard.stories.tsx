import type { Meta, StoryObj } from '@storybook/react-vite';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { LevelCard } from './LevelCard';

// Stories render inside a `CurriculumProvider` set up by the Storybook preview from
// `parameters.trailmark` (curriculum, starting progress), in the toolbar's locale.
const meta = {
  component: LevelCard,
  tags: ['autodocs'],
  args: { levelId: 'l1', defaultExpanded: true, headingLevel: 3 },
  argTypes: {
    curriculum: { control: false },
    store: { control: false },
    messages: { control: false },
  },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof LevelCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const meterOf = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('progressbar', { name: /progress$/ });

/** Open, with no progress: outcomes, roles, skills and each module's topics. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article', { name: 'L1 Foundations' })).toBeVisible();
    await expect(canvas.getByText('Call an LLM API from Python')).toBeVisible();
    await expect(meterOf(canvasElement)).toHaveAttribute('value', '0');
  },
};

/** Closed: code, title, summary, hours, topic count and progress only. */
export const Collapsed: Story = {
  args: { defaultExpanded: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'L1 Foundations' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('heading', { level: 4 })).toBeNull();
  },
};

/** The header button opens and closes the card, by pointer or keyboard. */
export const ToggleExpanded: Story = {
  args: { defaultExpanded: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'L1 Foundations' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Each module is a heading over its topics; modules are not landmarks.
    await expect(canvas.getAllByRole('heading', { level: 4 })).toHaveLength(2);
    await expect(canvas.queryByRole('region')).toBeNull();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

/** A level with no progress at all (the empty state): every topic not started, one locked. */
export const NotStarted: Story = {
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('[data-topic-id]');
    for (const row of rows) await expect(row).toHaveAttribute('data-status', 'not-started');
    await expect(within(canvasElement).getByText('Waiting for Python')).toBeVisible();
  },
};

/** One topic done, one in progress. */
export const InProgress: Story = {
  parameters: { trailmark: { progress: { python: 'done', http: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    const value = Number(meterOf(canvasElement).getAttribute('value'));
    await expect(value).toBeGreaterThan(0);
    await expect(value).toBeLessThan(100);
  },
};

/** Every topic done: the meter is full. */
export const Done: Story = {
  parameters: {
    trailmark: { progress: { python: 'done', http: 'done', tokens: 'done', prompting: 'done' } },
  },
  play: async ({ canvasElement }) => {
    await expect(meterOf(canvasElement)).toHaveAttribute('value', '100');
  },
};

/** Skipped topics count as complete. */
export const Skipped: Story = {
  parameters: {
    trailmark: {
      progress: { python: 'skipped', http: 'skipped', tokens: 'done', prompting: 'skipped' },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(meterOf(canvasElement)).toHaveAttribute('value', '100');
    await expect(
      within(canvasElement).getByRole('button', { name: 'Python, status: Skipped' }),
    ).toBeVisible();
  },
};

/** A level whose topics wait for prerequisites in an earlier level. */
export const LockedTopics: Story = {
  args: { levelId: 'l2' },
  play: async ({ canvasElement }) => {
    const locked = canvasElement.querySelectorAll('[data-locked]');
    await expect(locked.length).toBeGreaterThan(0);
  },
};

/** An optional level is marked as such. */
export const Optional: Story = {
  args: { levelId: 'l3' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('article')).toHaveTextContent('Optional');
  },
};

/** An id the curriculum does not have renders nothing. */
export const UnknownLevel: Story = {
  args: { levelId: 'no-such-level' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('article')).toBeNull();
  },
};

/** Statuses as text, without controls. */
export const ReadOnly: Story = {
  parameters: { trailmark: { readOnly: true, progress: { python: 'done' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button', { name: /, status: / })).toBeNull();
  },
};

/** The whole page in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { trailmark: { progress: { python: 'done', http: 'in-progress' } } },
};

/** A dark card on a light page, through the `theme` prop. */
export const DarkOnLightPage: Story = {
  args: { theme: 'dark' },
};

/** Simplified Chinese. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('article', { name: 'L1 基础' })).toBeVisible();
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('You will be able to')).toBeVisible();
  },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  parameters: { trailmark: { progress: { python: 'done' } } },
};

const longText = {
  ...fixtureCurriculum,
  levels: fixtureCurriculum.levels.map((level) => ({
    ...level,
    title: {
      en: 'Retrieval-augmented generation in production: hybrid search, re-ranking, query rewriting and grounded-answer evaluation (RAG/HyDE/ColBERTv2/SPLADE)',
      'zh-CN':
        '面向生产环境的检索增强生成：混合检索、重排序、查询改写与基于事实的回答评测的完整工程实践',
    },
    outcomes: [
      {
        en: 'Explain why https://example.com/a/really/long/path/that/never/breaks/on/its/own/because-it-has-no-spaces-at-all matters',
        'zh-CN':
          '能够解释为什么这个没有空格的地址https://example.com/a/really/long/path/that/never/breaks需要正确折行',
      },
    ],
  })),
};

/** Very long titles, outcomes and unbroken URLs at 320 px: text wraps, nothing overflows. */
export const LongText: Story = {
  parameters: { trailmark: { curriculum: longText, width: 320 } },
  play: expectStoryFitsWidth,
};

/** The same long text in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

/** L1 of the built-in LLM engineer roadmap. */
export const LlmEngineerL1: Story = {
  parameters: { trailmark: { curriculum: llmEngineer } },
  play: async ({ canvasElement }) => {
    const topics = llmEngineer.levels[0]?.modules.flatMap((module) => module.topics) ?? [];
    await expect(canvasElement.querySelectorAll('[data-topic-id]')).toHaveLength(topics.length);
  },
};

/** The optional ceiling level of the built-in roadmap, in Chinese. */
export const LlmEngineerCeilingChinese: Story = {
  args: { levelId: 'ceiling' },
  globals: { locale: 'zh-CN' },
  parameters: { trailmark: { curriculum: llmEngineer } },
};
