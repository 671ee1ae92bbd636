import '@trailmark/react/styles.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import {
  type CurriculumInput,
  createProgress,
  setStatus,
  type TopicStatus,
} from '@trailmark/curriculum';
import { CurriculumProvider, createMemoryStore, THEMES, type Theme } from '@trailmark/react';
import { type ReactNode, useState } from 'react';

/**
 * What a story asks of the preview in `parameters.trailmark`. With `curriculum`, the story renders
 * inside a `CurriculumProvider` of that curriculum, in the toolbar's locale, with a fresh memory
 * store holding `progress` — fresh per mount, so a `play` function that marks a topic done
 * never leaks into the next story or a re-run.
 */
interface TrailmarkParameters {
  /**
   * A curriculum. Storybook does not type-check parameters; the provider validates whatever comes
   * (an invalid one renders the error panel).
   */
  curriculum?: CurriculumInput;
  /** Topic statuses to start from, by topic id. */
  progress?: Readonly<Record<string, TopicStatus>>;
  /** Statuses as text instead of controls. */
  readOnly?: boolean;
  /**
   * Renders the story in a box this many CSS pixels wide (`data-testid="story-width"`), e.g. 320
   * for the narrowest supported screen; `play` functions check nothing overflows it.
   */
  width?: number;
}

function curriculumId(curriculum: unknown): string {
  const id = (curriculum as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : 'invalid-curriculum';
}

function StoryProvider({
  locale,
  parameters: { curriculum, progress = {}, readOnly },
  children,
}: {
  locale: string;
  parameters: TrailmarkParameters;
  children: ReactNode;
}) {
  const [store] = useState(() => {
    const id = curriculumId(curriculum);
    let start = createProgress(id);
    // A fixed time, so stories render the same on every run.
    const at = new Date('2025-01-06T09:00:00Z');
    for (const [topicId, status] of Object.entries(progress)) {
      start = setStatus(start, topicId, status, at);
    }
    return createMemoryStore({ curriculumId: id, initial: start });
  });
  return (
    <CurriculumProvider curriculum={curriculum} locale={locale} store={store} readOnly={readOnly}>
      {children}
    </CurriculumProvider>
  );
}

/** How each theme appears in the toolbar; a new theme in `THEMES` fails to compile until named here. */
const THEME_ITEMS: Record<Theme, { title: string; icon: string }> = {
  light: { title: 'Light', icon: 'sun' },
  dark: { title: 'Dark', icon: 'moon' },
  auto: { title: 'Auto (system)', icon: 'browser' },
};

/** Applies the toolbar's theme, direction and locale, and the story's curriculum and progress. */
const withTrailmark: Decorator = (Story, context) => {
  const { theme, direction, locale } = context.globals as Record<string, string>;
  const parameters = (context.parameters.trailmark ?? {}) as TrailmarkParameters;
  const story =
    parameters.width === undefined ? (
      <Story />
    ) : (
      <div data-testid="story-width" style={{ inlineSize: parameters.width }}>
        <Story />
      </div>
    );
  return (
    <div
      className="sb-trailmark-frame"
      data-tm-theme={theme === 'auto' ? undefined : theme}
      data-view-mode={context.viewMode}
      dir={direction}
      lang={locale}
    >
      {parameters.curriculum === undefined ? (
        story
      ) : (
        <StoryProvider locale={locale ?? 'en'} parameters={parameters}>
          {story}
        </StoryProvider>
      )}
    </div>
  );
};

const preview: Preview = {
  decorators: [withTrailmark],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Interface and content language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'zh-CN', title: '简体中文', right: 'zh-CN' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Color theme (data-tm-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: THEMES.map((value) => ({ value, ...THEME_ITEMS[value] })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    // Axe violations fail the story's test, in the Storybook UI and in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: { order: ['Introduction', 'Tokens', 'Embedding', 'Components'] },
    },
  },
};

export default preview;
