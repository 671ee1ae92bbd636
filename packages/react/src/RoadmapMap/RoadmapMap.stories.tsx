import type { Meta, StoryObj } from '@storybook/react-vite';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fixtureCurriculum, fixtureTopicIds, generateCurriculum } from '../test-fixtures';
import { RoadmapMap } from './RoadmapMap';
import './RoadmapMap.css';

// Stories render inside a `CurriculumProvider` set up by the Storybook preview from
// `parameters.trailmark` (curriculum, starting progress), in the toolbar's locale.
const meta = {
  component: RoadmapMap,
  tags: ['autodocs'],
  args: { direction: 'down', headingLevel: 3 },
  argTypes: {
    curriculum: { control: false },
    store: { control: false },
    messages: { control: false },
    topicHref: { control: false },
  },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof RoadmapMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The map's topic buttons (each named "title, status…"). */
const topics = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('group', { name: /: map$|：全景图$/ })).getAllByRole(
    'button',
  );

/** Waits until the map has measured itself and pans and zooms. */
const interactive = (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('.tm-map[data-interactive]')).not.toBeNull());

/** The viewBox of the map's SVG, as numbers. */
const viewBox = (canvasElement: HTMLElement) =>
  (canvasElement.querySelector('.tm-map__svg')?.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number);

/**
 * The small fixture roadmap. Keyboard: one Tab stop into the topics, arrows move by position,
 * `[` and `]` to prerequisites and dependents, Enter shows details, Escape closes them.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await interactive(canvasElement);
    const canvas = within(canvasElement);
    const all = topics(canvasElement);
    await expect(all).toHaveLength(fixtureTopicIds.length);
    await expect(all.filter((topic) => topic.tabIndex === 0)).toHaveLength(1);
    const rag = canvas.getByRole('button', { name: /^Retrieval-augmented generation/ });
    rag.focus();
    await userEvent.keyboard('[[');
    await expect(canvas.getByRole('button', { name: /^Embeddings/ })).toHaveFocus();
    await userEvent.keyboard(']');
    await expect(rag).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(rag).not.toHaveFocus();
    await userEvent.keyboard('{Home}');
    const python = canvas.getByRole('button', { name: /^Python/ });
    await expect(python).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('region', { name: 'Python' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(python).toHaveFocus();
  },
};

/** The zoom buttons and keys: in, out, and the whole map; focus stays where it was. */
export const Zoom: Story = {
  play: async ({ canvasElement }) => {
    await interactive(canvasElement);
    const canvas = within(canvasElement);
    const [, , width] = viewBox(canvasElement);
    const zoomIn = canvas.getByRole('button', { name: 'Zoom in' });
    await userEvent.click(zoomIn);
    await expect(viewBox(canvasElement)[2]).toBeLessThan(width as number);
    await expect(zoomIn).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Show the whole map' }));
    const rag = canvas.getByRole('button', { name: /^Retrieval-augmented generation/ });
    rag.focus();
    await userEvent.keyboard('++++');
    await expect(rag).toHaveFocus();
    await userEvent.keyboard('0');
    await expect(rag).toHaveFocus();
  },
};

/** A topic selected: its details with the status menu, prerequisites and what it unlocks. */
export const WithSelection: Story = {
  args: { defaultSelectedTopic: 'rag', topicHref: (id) => `#/topics/${id}` },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const details = canvas.getByRole('region', { name: 'Retrieval-augmented generation' });
    await userEvent.click(within(details).getByRole('button', { name: 'Embeddings, Not started' }));
    const map = within(canvas.getByRole('group', { name: 'Fixture roadmap: map' }));
    await expect(map.getByRole('button', { name: /^Embeddings/ })).toHaveFocus();
    const next = canvas.getByRole('region', { name: 'Embeddings' });
    await userEvent.click(within(next).getByRole('button', { name: /status: Not started/ }));
    await userEvent.click(canvas.getByRole('menuitemradio', { name: 'In progress' }));
    await expect(map.getByRole('button', { name: /^Embeddings, In progress/ })).toBeVisible();
  },
};

/** Progress drawn on the topics: a mark per status (ring, half ring, check, slash) and outline. */
export const WithProgress: Story = {
  parameters: {
    trailmark: {
      progress: { python: 'done', tokens: 'done', http: 'skipped', prompting: 'in-progress' },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Python, Done' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'HTTP and JSON, Skipped' })).toBeVisible();
    await expect(
      canvas.getByRole('button', {
        name: 'Retrieval-augmented generation, Not started, 2 prerequisites missing',
      }),
    ).toBeVisible();
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { trailmark: { progress: { python: 'done', prompting: 'in-progress' } } },
};

/** Right-to-left: the drawing is mirrored, and Left moves to the topic drawn to the left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await interactive(canvasElement);
    const canvas = within(canvasElement);
    const python = canvas.getByRole('button', { name: /^Python/ });
    const http = canvas.getByRole('button', { name: /^HTTP and JSON/ });
    // Python comes first in its module: right-to-left it is drawn right of HTTP.
    await expect(python.getBoundingClientRect().left).toBeGreaterThan(
      http.getBoundingClientRect().left,
    );
    python.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(http).toHaveFocus();
  },
};

/** Simplified Chinese: curriculum text and interface words. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  parameters: { trailmark: { progress: { python: 'in-progress' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: '测试路线图：全景图' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Python 编程，进行中' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '放大' })).toBeVisible();
  },
};

/** The built-in LLM engineer roadmap, whole. */
export const LlmEngineerRoadmap: Story = {
  parameters: { trailmark: { curriculum: llmEngineer } },
  play: async ({ canvasElement }) => {
    const count = llmEngineer.levels.reduce(
      (sum, level) => sum + level.modules.reduce((inLevel, m) => inLevel + m.topics.length, 0),
      0,
    );
    await expect(topics(canvasElement)).toHaveLength(count);
  },
};

const thousandTopics = generateCurriculum({ levels: 5, topics: 1000 });

/** 1,000 generated topics: every one drawn, one Tab stop, End reaches the last. */
export const ThousandTopics: Story = {
  parameters: { trailmark: { curriculum: thousandTopics } },
  play: async ({ canvasElement }) => {
    // A selector, not a role query: Testing Library would compute 10,000 elements' roles.
    const all = [...canvasElement.querySelectorAll<SVGElement>('[data-topic-id][role="button"]')];
    await expect(all).toHaveLength(1000);
    all[0]?.focus();
    await userEvent.keyboard('{End}');
    await expect(all.at(-1)).toHaveFocus();
  },
};

/** A curriculum that fails validation: the error panel lists each issue instead of a blank map. */
export const BrokenDocument: Story = {
  args: { curriculum: { ...fixtureCurriculum, id: 'Not A Slug', levels: [] } },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This roadmap cannot be shown');
  },
};

/** The built-in roadmap in Chinese, its default language. */
export const LlmEngineerRoadmapChinese: Story = {
  ...LlmEngineerRoadmap,
  globals: { locale: 'zh-CN' },
};
