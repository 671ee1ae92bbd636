import type { Meta, StoryObj } from '@storybook/react-vite';
import { RESOURCE_KINDS, type Resource } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { ResourceLink } from './ResourceLink';

const attention: Resource = {
  title: 'Attention Is All You Need',
  url: 'https://arxiv.org/abs/1706.03762',
  kind: 'paper',
  language: 'en',
  free: true,
};

// Stories render inside the provider the Storybook preview builds, in the toolbar's locale.
const meta = {
  component: ResourceLink,
  tags: ['autodocs'],
  args: { resource: attention },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof ResourceLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A free paper: kind and "Free" before the title; opens in a new tab, safely. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveAccessibleName(
      'Paper · Free Attention Is All You Need (opens in a new tab)',
    );
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** Every kind of resource, each labelled in words. */
export const EveryKind: Story = {
  render: (args) => (
    <ul>
      {RESOURCE_KINDS.map((kind) => (
        <li key={kind}>
          <ResourceLink {...args} resource={{ ...args.resource, kind, title: `A ${kind}` }} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(RESOURCE_KINDS.length);
  },
};

/** A paid resource: no "Free" label. */
export const Paid: Story = {
  args: { resource: { ...attention, kind: 'book', title: 'Deep Learning', free: false } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).not.toHaveTextContent('Free');
  },
};

/** A resource in another language than the reader's shows the language. */
export const OtherLanguage: Story = {
  args: {
    resource: {
      title: { en: 'Dive into Deep Learning (Chinese edition)', 'zh-CN': '动手学深度学习' },
      url: 'https://zh.d2l.ai/',
      kind: 'book',
      language: 'zh-CN',
      free: true,
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveTextContent('Book · Free · ZH');
  },
};

/** A URL that is not http(s) is never a link: the title is shown as plain text. */
export const UnsafeUrl: Story = {
  args: { resource: { ...attention, title: 'Not a link', url: 'javascript:alert(1)' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.getByText('Not a link')).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = {
  ...EveryKind,
  globals: { theme: 'dark' },
};

/** Simplified Chinese labels; an English resource shows "EN". */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName(
      '论文 · 免费 · EN Attention Is All You Need （在新标签页中打开）',
    );
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveTextContent('Paper · Free');
  },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  ...EveryKind,
  globals: { direction: 'rtl' },
};

const longUrl =
  'https://example.com/a/very/long/documentation/path/that/was/pasted/as/the/title/of/the/resource/and/has/no/spaces/anywhere/index.html?utm_source=newsletter&utm_medium=email';

/** A long title and a URL pasted as a title, in both scripts, at 320 px: they wrap. */
export const LongText: Story = {
  parameters: { trailmark: { width: 320 } },
  render: (args) => (
    <ul>
      <li>
        <ResourceLink {...args} resource={{ ...attention, title: longUrl, url: longUrl }} />
      </li>
      <li>
        <ResourceLink
          {...args}
          resource={{
            ...attention,
            title: {
              en: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks, with a commentary on hybrid search and re-ranking in production systems',
              'zh-CN':
                '面向知识密集型自然语言处理任务的检索增强生成，以及生产系统中混合检索与重排序的实践评述（中文导读）',
            },
          }}
        />
      </li>
    </ul>
  ),
  play: expectStoryFitsWidth,
};

/** The same long text in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

const llmResources = [
  ...new Map(
    llmEngineer.levels
      .flatMap((level) => level.modules)
      .flatMap((module) => module.topics)
      .flatMap((topic) => topic.resources)
      .map((resource) => [resource.url, resource]),
  ).values(),
];

/** Every resource of the built-in LLM engineer roadmap, once each. */
export const LlmEngineerResources: Story = {
  render: (args) => (
    <ul>
      {llmResources.map((resource) => (
        <li key={resource.url}>
          <ResourceLink {...args} resource={resource} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(llmResources.length);
  },
};
