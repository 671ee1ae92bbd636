import type { Meta, StoryObj } from '@storybook/react-vite';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { withEveryTopic } from '../test-fixtures/withEveryTopic';
import { TopicList } from './TopicList';

// Stories render inside a `CurriculumProvider` set up by the Storybook preview from
// `parameters.trailmark` (curriculum, starting progress), in the toolbar's locale.
const meta = {
  component: TopicList,
  tags: ['autodocs'],
  args: { moduleId: 'llm-basics' },
  argTypes: {
    curriculum: { control: false },
    store: { control: false },
    messages: { control: false },
  },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof TopicList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A module's topics with no progress: "Prompt engineering" is locked until Python is done. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await expect(
      canvas.getByRole('button', { name: 'Prompt engineering, status: Not started' }),
    ).toHaveAccessibleDescription('Waiting for Python');
  },
};

/** Marking a topic done with the pointer: the status button keeps focus and names the new state. */
export const MarkTopicDone: Story = {
  args: { moduleId: 'basics' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Python, status: Not started' }));
    const menu = canvas.getByRole('menu', { name: 'Status of Python' });
    await expect(within(menu).getByRole('menuitemradio', { name: 'Not started' })).toHaveFocus();
    await userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Done' }));
    const status = canvas.getByRole('button', { name: 'Python, status: Done' });
    await expect(status).toHaveFocus();
    await expect(status.closest('li')).toHaveAttribute('data-status', 'done');
    await expect(canvas.queryByRole('menu')).toBeNull();
  },
};

/** The same with the keyboard alone: open with Enter, move with arrows, choose with Enter. */
export const MarkTopicDoneWithKeyboard: Story = {
  args: { moduleId: 'basics' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Python, status: Not started' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('menuitemradio', { name: 'Not started' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('menuitemradio', { name: 'Done' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Python, status: Done' })).toHaveFocus();
  },
};

/** Escape closes the menu without a change and returns focus to the status button. */
export const EscapeClosesMenu: Story = {
  args: { moduleId: 'basics' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('button', { name: 'HTTP and JSON, status: Not started' });
    status.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menu')).toBeVisible();
    await userEvent.keyboard('{End}{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(status).toHaveFocus();
    await expect(status).toHaveAccessibleName('HTTP and JSON, status: Not started');
  },
};

/** Finishing a prerequisite unlocks the topics that wait for it. */
export const UnlockByCompletingPrerequisite: Story = {
  args: { topicIds: ['python', 'prompting'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Waiting for Python')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Python, status: Not started' }));
    await userEvent.click(canvas.getByRole('menuitemradio', { name: 'Done' }));
    await expect(canvas.queryByText('Waiting for Python')).toBeNull();
    await expect(
      canvas.getByRole('button', { name: 'Prompt engineering, status: Not started' }),
    ).not.toHaveAttribute('aria-describedby');
  },
};

/** Each status, one per row: not started, in progress, done, skipped. */
export const EachStatus: Story = {
  args: { topicIds: ['python', 'http', 'tokens', 'eval'] },
  parameters: { trailmark: { progress: { http: 'in-progress', tokens: 'done', eval: 'skipped' } } },
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole('listitem');
    await expect(rows.map((row) => row.getAttribute('data-status'))).toEqual([
      'not-started',
      'in-progress',
      'done',
      'skipped',
    ]);
  },
};

/** Topics waiting for prerequisites in another module and level. */
export const Locked: Story = {
  args: { moduleId: 'retrieval-module' },
  parameters: { trailmark: { progress: { tokens: 'done' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Waiting for Embeddings and Prompt engineering')).toBeVisible();
    await expect(canvasElement.querySelectorAll('[data-locked]')).toHaveLength(1);
  },
};

/** Details open: summary, kind, prerequisites, skills and resources. */
export const Details: Story = {
  args: { moduleId: 'retrieval-module' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('button', { name: 'Retrieval-augmented generation' });
    await userEvent.click(title);
    await expect(title).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Answer from documents.')).toBeVisible();
    await expect(
      canvas.getByRole('link', { name: /Retrieval-Augmented Generation for/ }),
    ).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** A topic without resources: its details have no resource list (empty state). */
export const DetailsWithoutResources: Story = {
  args: { moduleId: 'basics' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'HTTP and JSON' }));
    await expect(canvas.getByText('Requests, responses, JSON bodies.')).toBeVisible();
    await expect(canvas.queryByText('Resources')).toBeNull();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** No topics (an empty `topicIds`): an empty list, no error. */
export const Empty: Story = {
  args: { topicIds: [] },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    await expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
  },
};

/** An optional topic says so. */
export const OptionalTopic: Story = {
  args: { topicIds: ['eval'] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('listitem')).toHaveTextContent('Optional');
  },
};

/** Statuses as text, without controls. */
export const ReadOnly: Story = {
  args: { moduleId: 'basics' },
  parameters: { trailmark: { readOnly: true, progress: { python: 'done' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: /, status: / })).toBeNull();
    await expect(canvas.getByText('Done')).toBeVisible();
  },
};

/** The whole page in the dark theme, with every status. */
export const Dark: Story = {
  ...EachStatus,
  globals: { theme: 'dark' },
};

/** The status menu open in the dark theme. */
export const DarkMenuOpen: Story = {
  args: { moduleId: 'basics' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Python, status: Not started' }));
    await expect(canvas.getByRole('menu')).toBeVisible();
  },
};

/** Simplified Chinese, with Chinese statuses and lock text. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  parameters: { trailmark: { progress: { tokens: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('button', { name: 'Token 与上下文窗口，状态：进行中' }),
    ).toBeVisible();
    await expect(canvas.getByText('需先完成：Python 编程')).toBeVisible();
  },
};

/** Marking a topic done in Chinese. */
export const MarkTopicDoneChinese: Story = {
  args: { moduleId: 'basics' },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'HTTP 与 JSON，状态：未开始' }));
    await userEvent.click(canvas.getByRole('menuitemradio', { name: '已完成' }));
    await expect(canvas.getByRole('button', { name: 'HTTP 与 JSON，状态：已完成' })).toHaveFocus();
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Waiting for Python')).toBeVisible();
  },
};

/** Right-to-left, with the status menu open. */
export const RightToLeft: Story = {
  args: { moduleId: 'basics' },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Python, status: Not started' }));
    await expect(canvas.getByRole('menu')).toBeVisible();
  },
};

const longTitle = {
  en: 'Retrieval-augmented generation with hybrid search, re-ranking, query rewriting and evaluation of grounded answers (RAG/HyDE/ColBERTv2/SPLADE/BM25/https://example.com/very/long/path/without/any/spaces)',
  'zh-CN':
    '面向生产环境的检索增强生成：混合检索、重排序、查询改写与基于事实的回答评测（https://example.com/very/long/path/without/any/spaces）',
};

const longText = withEveryTopic(fixtureCurriculum, (topic) => ({
  ...topic,
  title: longTitle,
  resources: [
    {
      title:
        'https://example.com/docs/a/very/long/resource/url/that/is/also/its/title/and/has/no/spaces/anywhere/at/all',
      url: 'https://example.com/docs/a/very/long/resource/url/that/is/also/its/title/and/has/no/spaces/anywhere/at/all',
      kind: 'docs',
      language: 'en',
      free: true,
    },
  ],
}));

/** Very long titles and URLs at 320 px with details open: they wrap, nothing overflows. */
export const LongText: Story = {
  args: { moduleId: 'basics' },
  parameters: { trailmark: { curriculum: longText, width: 320 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const title of canvas.getAllByRole('button', { name: longTitle.en })) {
      await userEvent.click(title);
    }
    await expect(canvas.getAllByRole('link')).toHaveLength(2);
    await expectStoryFitsWidth({ canvasElement });
  },
};

/** The same long text in Chinese. */
export const LongTextChinese: Story = {
  args: { moduleId: 'basics' },
  globals: { locale: 'zh-CN' },
  parameters: { trailmark: { curriculum: longText, width: 320 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const title of canvas.getAllByRole('button', { name: longTitle['zh-CN'] })) {
      await userEvent.click(title);
    }
    await expectStoryFitsWidth({ canvasElement });
  },
};

/** A module of the built-in LLM engineer roadmap, with its real resources. */
export const LlmEngineerModule: Story = {
  args: { moduleId: 'l2-rag' },
  parameters: { trailmark: { curriculum: llmEngineer } },
  play: async ({ canvasElement }) => {
    const module = llmEngineer.levels[1]?.modules.find((entry) => entry.id === 'l2-rag');
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(
      module?.topics.length ?? -1,
    );
  },
};
