import type { Meta, StoryObj } from '@storybook/react-vite';
import { parseCurriculum } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RoadmapTimeline } from '../RoadmapTimeline';
import { StudyPlan } from '../StudyPlan';
import { createMemoryStore } from '../stores';
import { fixtureCurriculum } from '../test-fixtures';
import { levelHeaders } from '../test-fixtures/levelHeaders';
import { withEveryTopic } from '../test-fixtures/withEveryTopic';
import { CurriculumProvider } from './CurriculumProvider';
import { useLocale, useProgress } from './hooks';

/**
 * A page's own header built on the hooks: overall progress and a language switch. Changes are
 * announced by the provider's one live region, so this text is not a live region of its own.
 */
function RoadmapHeader() {
  const { summary } = useProgress();
  const { locale, locales, setLocale, format } = useLocale();
  const other = locales.find((tag) => tag !== locale) ?? locale;
  return (
    <header style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginBlockEnd: '1rem' }}>
      <p className="overall" style={{ margin: 0 }}>
        {summary.overall.complete} / {summary.overall.total} ·{' '}
        {format.percent(summary.overall.percent)}
      </p>
      <button type="button" lang={other} onClick={() => setLocale(other)}>
        {other === 'en' ? 'English' : '中文'}
      </button>
    </header>
  );
}

const page = (
  <>
    <RoadmapHeader />
    <RoadmapTimeline />
    <StudyPlan start="2025-03-03" />
  </>
);

// The provider validates the curriculum once and shares it, the locale, the strings and the
// progress store with every component inside. Here it starts in the toolbar's locale.
const meta = {
  component: CurriculumProvider,
  tags: ['autodocs'],
  args: { curriculum: fixtureCurriculum, children: page },
  argTypes: {
    curriculum: { control: false },
    store: { control: false },
    children: { control: false },
    messages: { control: false },
  },
  render: (args, { globals }) => (
    // Remount on a toolbar change: `defaultLocale` is read once, as in an app.
    <CurriculumProvider key={globals.locale} defaultLocale={globals.locale} {...args} />
  ),
} satisfies Meta<typeof CurriculumProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The header's overall figure. */
const status = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.overall') as HTMLElement;

/** A valid curriculum: the timeline, the study plan and the page's own header share one store. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(status(canvasElement)).toHaveTextContent(/^0 \/ \d+ · 0%$/);
    await expect(
      within(canvasElement).getByRole('list', { name: 'Fixture roadmap' }),
    ).toBeVisible();
  },
};

/** Marking a topic done in the timeline updates every component reading the same store. */
export const SharedProgress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const plan = canvasElement.querySelector('.tm-study-plan__finish')?.textContent;
    await userEvent.click(canvas.getByRole('button', { name: 'Python, status: Not started' }));
    await userEvent.click(canvas.getByRole('menuitemradio', { name: 'Done' }));
    await expect(canvas.getByRole('button', { name: 'Python, status: Done' })).toHaveFocus();
    await expect(status(canvasElement)).toHaveTextContent(/^1 \/ \d+ · /);
    await expect(canvasElement.querySelector('.tm-study-plan__finish')?.textContent).not.toBe(plan);
    // The provider's one live region says the new figure of the level, once changes settle.
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          'L1 Foundations: 1 of 4 topics complete, 25%',
        ),
      // A hang guard: the region speaks half a second after the last change.
      { timeout: 10_000 },
    );
  },
};

/** Switching the language through `useLocale` re-renders everything in the new language. */
export const SwitchLanguage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '中文' }));
    await expect(canvas.getByRole('list', { name: '测试路线图' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: '学习计划' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'English' }));
    await expect(canvas.getByRole('list', { name: 'Fixture roadmap' })).toBeVisible();
  },
};

/** Progress from a store: here a memory store starting with two topics done. */
export const WithStore: Story = {
  args: {
    store: createMemoryStore({
      curriculumId: fixtureCurriculum.id,
      initial: {
        curriculumId: fixtureCurriculum.id,
        schemaVersion: 1,
        topics: {
          python: { status: 'done', updatedAt: '2025-01-06T09:00:00.000Z' },
          http: { status: 'done', updatedAt: '2025-01-06T09:00:00.000Z' },
        },
      },
    }),
    readOnly: true,
  },
  play: async ({ canvasElement }) => {
    await expect(status(canvasElement)).toHaveTextContent(/^2 \/ \d+ · /);
  },
};

/** Interface strings overridden per locale. */
export const MessageOverrides: Story = {
  args: {
    messages: { en: { 'plan.title': 'Your pace', 'status.not-started': 'To do' } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Your pace' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Python, status: To do' })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Simplified Chinese. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: '测试路线图' })).toBeVisible();
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
};

/** The whole built-in LLM engineer roadmap with its study plan. */
export const LlmEngineerRoadmap: Story = {
  args: { curriculum: llmEngineer },
  play: async ({ canvasElement }) => {
    await expect(levelHeaders(canvasElement, llmEngineer)).toHaveLength(llmEngineer.levels.length);
  },
};

/** The built-in roadmap in Chinese, its default language. */
export const LlmEngineerRoadmapChinese: Story = {
  ...LlmEngineerRoadmap,
  globals: { locale: 'zh-CN' },
};

const badCurriculum = {
  ...fixtureCurriculum,
  levels: [
    {
      ...fixtureCurriculum.levels[0],
      title: undefined,
      modules: [
        {
          ...fixtureCurriculum.levels[0].modules[0],
          topics: [
            {
              ...fixtureCurriculum.levels[0].modules[0].topics[0],
              resources: [
                {
                  ...fixtureCurriculum.levels[0].modules[0].topics[0].resources[0],
                  url: 'javascript:alert(1)',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** A curriculum that fails validation: an error panel lists each issue's path and message. */
export const InvalidCurriculum: Story = {
  args: { curriculum: parseCurriculum(badCurriculum) },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('heading')).toHaveTextContent(
      'This roadmap cannot be shown',
    );
    await expect(alert).toHaveTextContent('levels[0].title');
    await expect(alert).toHaveTextContent('levels[0].modules[0].topics[0].resources[0].url');
    await expect(alert).toHaveTextContent('is not an http(s) URL');
    await expect(within(canvasElement).queryByRole('list', { name: 'Fixture roadmap' })).toBeNull();
  },
};

/** The error panel in Chinese (interface strings; the issue messages stay in English). */
export const InvalidCurriculumChinese: Story = {
  ...InvalidCurriculum,
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('无法显示此路线图');
  },
};

/** The error panel in the dark theme. */
export const InvalidCurriculumDark: Story = {
  args: { curriculum: parseCurriculum(badCurriculum) },
  globals: { theme: 'dark' },
};

/** The error panel right-to-left. */
export const InvalidCurriculumRightToLeft: Story = {
  args: { curriculum: parseCurriculum(badCurriculum) },
  globals: { direction: 'rtl' },
};

// `prompting` needs `python` already: python -> prompting -> python.
const cyclic = withEveryTopic(fixtureCurriculum, (topic) =>
  topic.id === 'python' ? { ...topic, prerequisites: ['prompting'] } : topic,
);

/** Prerequisites that form a cycle: the panel names the cycle's path. */
export const PrerequisiteCycle: Story = {
  args: { curriculum: parseCurriculum(cyclic) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'python -> prompting -> python',
    );
  },
};

/** Not a curriculum at all. */
export const NotACurriculum: Story = {
  args: { curriculum: parseCurriculum(42) },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('(root)');
    await expect(alert).toHaveTextContent('got 42');
  },
};
