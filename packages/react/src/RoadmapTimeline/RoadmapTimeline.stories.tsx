import type { Meta, StoryObj } from '@storybook/react-vite';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtureCurriculum, fixtureTopicIds, generateCurriculum } from '../test-fixtures';
import { levelHeaders } from '../test-fixtures/levelHeaders';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { RoadmapTimeline } from './RoadmapTimeline';

// Stories render inside a `CurriculumProvider` set up by the Storybook preview from
// `parameters.trailmark` (curriculum, starting progress), in the toolbar's locale.
const meta = {
  component: RoadmapTimeline,
  tags: ['autodocs'],
  args: { orientation: 'auto', headingLevel: 3 },
  argTypes: {
    curriculum: { control: false },
    store: { control: false },
    messages: { control: false },
  },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof RoadmapTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The level header buttons, which are the timeline's stops. */
const stops = (canvasElement: HTMLElement) =>
  within(canvasElement).getAllByRole('button', { name: /^(L\d|★) / });

/** Every topic done or skipped, in document order. */
const allComplete = Object.fromEntries(
  fixtureTopicIds.map((id, index) => [id, index % 4 === 3 ? 'skipped' : 'done']),
);

/** No progress yet: the first level is current and open; locked topics say what they wait for. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [first] = stops(canvasElement);
    await expect(first).toHaveAttribute('aria-current', 'step');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(within(canvasElement).getByText('Waiting for Python')).toBeVisible();
  },
};

/** Accordion headers: each level header is a Tab stop; arrows, Home and End move among them too. */
export const KeyboardNavigation: Story = {
  args: { defaultExpandedLevels: [] },
  play: async ({ canvasElement }) => {
    const [l1, l2, l3] = stops(canvasElement);
    await userEvent.tab();
    await expect(l1).toHaveFocus();
    await userEvent.tab();
    await expect(l2).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(l1).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(l2).toHaveFocus();
    // `auto` orientation accepts both arrow pairs.
    await userEvent.keyboard('{ArrowRight}');
    await expect(l3).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(l1).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(l3).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(l3).toHaveAttribute('aria-expanded', 'true');
    await expect(l3).toHaveAttribute('aria-current', 'step');
  },
};

/** One column along the rail, at any width; Up/Down move between levels. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  play: async ({ canvasElement }) => {
    const [l1, l2] = stops(canvasElement);
    l1?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(l1).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(l2).toHaveFocus();
  },
};

/** Levels side by side; the row scrolls sideways when it does not fit. Left/Right move. */
export const Horizontal: Story = {
  args: { orientation: 'horizontal' },
  play: async ({ canvasElement }) => {
    const [l1, l2] = stops(canvasElement);
    l1?.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(l1).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(l2).toHaveFocus();
  },
};

/** Part of the first level done, one topic in progress. */
export const InProgress: Story = {
  parameters: {
    trailmark: { progress: { python: 'done', http: 'in-progress' } },
  },
  play: async ({ canvasElement }) => {
    const [l1] = stops(canvasElement);
    await expect(l1?.closest('li')).toHaveAttribute('data-status', 'in-progress');
    const meter = within(canvasElement).getByRole('progressbar', { name: /^L1 / });
    await expect(Number(meter.getAttribute('value'))).toBeGreaterThan(0);
    await expect(Number(meter.getAttribute('value'))).toBeLessThan(100);
  },
};

/** The first level complete (one topic skipped counts as complete): the second is current. */
export const FirstLevelDone: Story = {
  parameters: {
    trailmark: {
      progress: { python: 'done', http: 'skipped', tokens: 'done', prompting: 'done' },
    },
  },
  play: async ({ canvasElement }) => {
    const [l1, l2] = stops(canvasElement);
    await expect(l1?.closest('li')).toHaveAttribute('data-status', 'done');
    await expect(l2).toHaveAttribute('aria-current', 'step');
  },
};

/** Everything done or skipped: every stop is done and the last level is current. */
export const AllDone: Story = {
  parameters: { trailmark: { progress: allComplete } },
  play: async ({ canvasElement }) => {
    const all = stops(canvasElement);
    for (const stop of all) await expect(stop.closest('li')).toHaveAttribute('data-status', 'done');
    await expect(all.at(-1)).toHaveAttribute('aria-current', 'step');
  },
};

/** A later level opened before its prerequisites: its topics are locked and say why. */
export const LockedTopics: Story = {
  args: { defaultExpandedLevels: ['l2'], defaultCurrentLevel: 'l2' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Waiting for Tokens and context windows')).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Embeddings, status: Not started' }),
    ).toHaveAccessibleDescription('Waiting for Tokens and context windows');
  },
};

/** Marking a topic done: the status button keeps focus and says the new status; L1 advances. */
export const MarkTopicDone: Story = {
  parameters: { trailmark: { progress: { python: 'done', http: 'done' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const meter = canvas.getByRole('progressbar', { name: /^L1 / });
    const before = Number(meter.getAttribute('value'));
    await userEvent.click(
      canvas.getByRole('button', { name: 'Tokens and context windows, status: Not started' }),
    );
    await userEvent.click(canvas.getByRole('menuitemradio', { name: 'Done' }));
    await expect(
      canvas.getByRole('button', { name: 'Tokens and context windows, status: Done' }),
    ).toHaveFocus();
    await expect(Number(meter.getAttribute('value'))).toBeGreaterThan(before);
    await expect(stops(canvasElement)[0]).toHaveAttribute('aria-current', 'step');
  },
};

/**
 * Marking the last open topic of L1 done makes L2 the current level, while focus stays on the
 * control the learner just used.
 */
export const CompleteLevel: Story = {
  parameters: { trailmark: { progress: { python: 'done', http: 'done', tokens: 'done' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [l1, l2] = stops(canvasElement);
    await expect(l1).toHaveAttribute('aria-current', 'step');
    await userEvent.click(
      canvas.getByRole('button', { name: 'Prompt engineering, status: Not started' }),
    );
    await userEvent.click(canvas.getByRole('menuitemradio', { name: 'Done' }));
    await expect(l2).toHaveAttribute('aria-current', 'step');
    await expect(l1?.closest('li')).toHaveAttribute('data-status', 'done');
    await expect(
      canvas.getByRole('button', { name: 'Prompt engineering, status: Done' }),
    ).toHaveFocus();
  },
};

/** Every level open. */
export const AllExpanded: Story = {
  args: { defaultExpandedLevels: 'all' },
};

/** Statuses shown as text, without controls. */
export const ReadOnly: Story = {
  parameters: {
    trailmark: { readOnly: true, progress: { python: 'done' } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: /, status: / })).toBeNull();
    await expect(canvas.getAllByText('Done').length).toBeGreaterThan(0);
  },
};

/** The whole page in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { trailmark: { progress: { python: 'done' } } },
};

/** Simplified Chinese: curriculum text and interface strings. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  parameters: { trailmark: { progress: { python: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('list', { name: '测试路线图' })).toBeVisible();
    await expect(canvas.getByText('需先完成：Python 编程')).toBeVisible();
  },
};

/** English (the fixture's default locale). */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('list', { name: 'Fixture roadmap' }),
    ).toBeVisible();
  },
};

/** Right-to-left, horizontal: the rail runs from the right and Left moves to the next level. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { orientation: 'horizontal' },
  play: async ({ canvasElement }) => {
    const [l1, l2] = stops(canvasElement);
    l1?.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(l2).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(l1).toHaveFocus();
  },
};

const longText = {
  ...fixtureCurriculum,
  title: {
    en: 'The complete field guide to large language model engineering, from first prompts to production',
    'zh-CN': '大语言模型工程完整实战指南：从第一个提示词到生产环境部署、评测与持续运维的全过程',
  },
  levels: fixtureCurriculum.levels.map((level) => ({
    ...level,
    title: {
      en: `${level.code}: Retrieval-augmented generation with hybrid search, re-ranking and grounded-answer evaluation (RAG/HyDE/ColBERTv2/SPLADE/BM25)`,
      'zh-CN': `${level.code}：面向生产环境的检索增强生成——混合检索、重排序、查询改写与基于事实的回答评测`,
    },
    summary: {
      en: 'Supercalifragilisticexpialidocious-length-identifiers-like-this-one-must-still-wrap-inside-the-card and ordinary sentences keep flowing to the next line.',
      'zh-CN':
        '这是一段很长的说明文字，用来检查卡片在窄屏上是否会被撑破：中文没有空格，每个字之间都可以换行，界面必须正确折行而不是横向溢出。',
    },
  })),
};

/** Very long titles and unbroken words at 320 px: text wraps, nothing overflows sideways. */
export const LongText: Story = {
  parameters: { trailmark: { curriculum: longText, width: 320 } },
  play: expectStoryFitsWidth,
};

/** The same long text in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

/** The built-in LLM engineer roadmap (L1–L4 and the optional ceiling level), whole. */
export const LlmEngineerRoadmap: Story = {
  parameters: { trailmark: { curriculum: llmEngineer } },
  play: async ({ canvasElement }) => {
    await expect(levelHeaders(canvasElement, llmEngineer)).toHaveLength(llmEngineer.levels.length);
  },
};

/** The built-in roadmap in Chinese, its default language. */
export const LlmEngineerRoadmapChinese: Story = {
  ...LlmEngineerRoadmap,
  globals: { locale: 'zh-CN' },
};

const thousandTopics = generateCurriculum({ levels: 5, topics: 1000 });

/**
 * 1,000 topics over five levels (generated). The current level's 200 topic rows are rendered: the
 * first screen's 40 at once, the rest while the page is idle.
 */
export const ThousandTopics: Story = {
  parameters: { trailmark: { curriculum: thousandTopics } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [l1] = stops(canvasElement);
    await waitFor(
      () => expect(canvasElement.querySelectorAll('[data-tm-action="status"]')).toHaveLength(200),
      { timeout: 10_000 },
    );
    await expect(canvas.getAllByRole('button', { name: /, status: / })).toHaveLength(200);
    l1?.focus();
    await userEvent.keyboard('{End}');
    await expect(stops(canvasElement).at(-1)).toHaveFocus();
  },
};

/** A curriculum that fails validation: the error panel lists each issue instead of a blank box. */
export const InvalidCurriculum: Story = {
  args: { curriculum: { ...fixtureCurriculum, id: 'Not A Slug', levels: [] } },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This roadmap cannot be shown');
    await expect(within(alert).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  },
};
