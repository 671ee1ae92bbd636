import type { Meta, StoryObj } from '@storybook/react-vite';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { withEveryTopic } from '../test-fixtures/withEveryTopic';
import { TopicItem } from './TopicItem';

// One row on its own (in a list, inside the provider the Storybook preview builds from
// `parameters.trailmark`): each state, and the row working alone. `TopicList` renders the same
// rows; its stories cover the keyboard in depth.
const meta = {
  component: TopicItem,
  tags: ['autodocs'],
  args: { topicId: 'python' },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
  decorators: [
    (Story) => (
      <ul className="tm-root tm-topic-list">
        <Story />
      </ul>
    ),
  ],
} satisfies Meta<typeof TopicItem>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The row's status control, named "{title}, status: {status}" (or "{title}，状态：{status}"). */
const statusButton = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('button', { name: /, status: |，状态：/ });

/** Not started. */
export const NotStarted: Story = {
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleName('Python, status: Not started');
  },
};

/** In progress. */
export const InProgress: Story = {
  parameters: { trailmark: { progress: { python: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleName('Python, status: In progress');
    await expect(within(canvasElement).getByRole('listitem')).toHaveAttribute(
      'data-status',
      'in-progress',
    );
  },
};

/** Done. */
export const Done: Story = {
  parameters: { trailmark: { progress: { python: 'done' } } },
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleName('Python, status: Done');
  },
};

/** Skipped. */
export const Skipped: Story = {
  parameters: { trailmark: { progress: { python: 'skipped' } } },
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleName('Python, status: Skipped');
  },
};

/** Locked: the row says which prerequisites it waits for, and the status button is described by it. */
export const Locked: Story = {
  args: { topicId: 'rag' },
  parameters: { trailmark: { progress: { embeddings: 'done' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('listitem')).toHaveAttribute('data-locked');
    await expect(statusButton(canvasElement)).toHaveAccessibleDescription(
      'Waiting for Prompt engineering',
    );
  },
};

/** Locked but already in progress: learners may start early; the lock text stays. */
export const LockedInProgress: Story = {
  args: { topicId: 'prompting' },
  parameters: { trailmark: { progress: { prompting: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleName(
      'Prompt engineering, status: In progress',
    );
    await expect(within(canvasElement).getByText('Waiting for Python')).toBeVisible();
  },
};

/** An optional topic. */
export const Optional: Story = {
  args: { topicId: 'eval' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('listitem')).toHaveAttribute('data-optional');
  },
};

/** Details open: summary, kind, prerequisites, skills and resources. */
export const DetailsOpen: Story = {
  args: { topicId: 'rag', defaultOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('button', { name: 'Retrieval-augmented generation' }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Embeddings and Prompt engineering')).toBeVisible();
    await expect(canvas.getAllByRole('link')).toHaveLength(1);
  },
};

/** Details of a topic with no resources, skills or prerequisites (the empty state). */
export const DetailsWithoutResources: Story = {
  args: { topicId: 'http', defaultOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Requests, responses, JSON bodies.')).toBeVisible();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** The status menu open: the current status is checked and focused. */
export const MenuOpen: Story = {
  parameters: { trailmark: { progress: { python: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(statusButton(canvasElement));
    const menu = within(canvasElement).getByRole('menu', { name: 'Status of Python' });
    const checked = within(menu).getByRole('menuitemradio', { checked: true });
    await expect(checked).toHaveTextContent('In progress');
    await expect(checked).toHaveFocus();
  },
};

/** Read-only: the status is text, not a control. */
export const ReadOnly: Story = {
  parameters: { trailmark: { readOnly: true, progress: { python: 'done' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button', { name: /, status: / })).toBeNull();
    await expect(within(canvasElement).getByRole('listitem')).toHaveTextContent('Status: Done');
  },
};

/** An id the curriculum does not have renders nothing. */
export const UnknownTopic: Story = {
  args: { topicId: 'no-such-topic' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('listitem')).toBeNull();
  },
};

/** Dark theme, details open. */
export const Dark: Story = {
  args: { topicId: 'rag', defaultOpen: true },
  globals: { theme: 'dark' },
  parameters: { trailmark: { progress: { rag: 'in-progress' } } },
};

/** Dark theme, menu open. */
export const DarkMenuOpen: Story = {
  ...MenuOpen,
  globals: { theme: 'dark' },
};

/** Simplified Chinese, locked, details open. */
export const ChineseSimplified: Story = {
  args: { topicId: 'prompting', defaultOpen: true },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleName('提示词工程，状态：未开始');
    await expect(statusButton(canvasElement)).toHaveAccessibleDescription('需先完成：Python 编程');
  },
};

/** English. */
export const English: Story = {
  args: { topicId: 'prompting', defaultOpen: true },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(statusButton(canvasElement)).toHaveAccessibleDescription('Waiting for Python');
  },
};

/** Right-to-left, details and menu open. */
export const RightToLeft: Story = {
  args: { topicId: 'rag', defaultOpen: true },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await userEvent.click(statusButton(canvasElement));
    await expect(within(canvasElement).getByRole('menu')).toBeVisible();
  },
};

/** Alone, by keyboard: the title shows the details, the menu sets the status in the store. */
export const WorksAlone: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole('button', { name: 'Python' });
    title.focus();
    await userEvent.keyboard('{Enter}');
    await expect(title).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    await expect(statusButton(canvasElement)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitemradio', { name: 'Not started' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(statusButton(canvasElement)).toHaveAccessibleName('Python, status: Done');
    await expect(statusButton(canvasElement)).toHaveFocus();
  },
};

const longText = withEveryTopic(fixtureCurriculum, (topic) => ({
  ...topic,
  title: {
    en: 'Tokenization-and-context-windows-without-a-single-space (BPE/WordPiece/SentencePiece/tiktoken) and how long prompts are cut',
    'zh-CN':
      '分词与上下文窗口（BPE/WordPiece/SentencePiece/tiktoken）以及超长提示词如何被截断的完整说明',
  },
}));

/** A very long title with an unbroken word, locked, at 320 px: it wraps, nothing overflows. */
export const LongText: Story = {
  args: { topicId: 'prompting', defaultOpen: true },
  parameters: { trailmark: { curriculum: longText, width: 320 } },
  play: expectStoryFitsWidth,
};

/** The same in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

/** A topic of the built-in LLM engineer roadmap with its real resources. */
export const LlmEngineerTopic: Story = {
  args: { topicId: 'ai-ml-dl-overview', defaultOpen: true },
  parameters: { trailmark: { curriculum: llmEngineer } },
  play: async ({ canvasElement }) => {
    const topic = llmEngineer.levels[0]?.modules[0]?.topics[0];
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(
      topic?.resources.length ?? -1,
    );
  },
};
