import type { Curriculum, Progress, ProgressSummary, TopicStatus } from '@trailmark/curriculum';
import { useMemo, useSyncExternalStore } from 'react';
import type { Formatters } from '../i18n/format';
import { type Messages, withPlanMessages } from '../i18n/messages';
import type { ProgressStore } from '../stores/ProgressStore';
import {
  downloadProgress,
  exportProgress,
  type ImportProgressResult,
  importProgress,
} from '../stores/transfer';
import { changeStatus, summaryOf, useCurriculumContext, useProgressSelector } from './context';

/**
 * The parsed curriculum of the nearest {@link CurriculumProvider}.
 * Throws when called outside a provider (a programming error, not a data error).
 */
export function useCurriculum(): Curriculum {
  return useCurriculumContext('useCurriculum').curriculum;
}

/** What {@link useLocale} returns. */
export interface LocaleState {
  /** The locale texts are shown in. */
  locale: string;
  /** Asks the provider to switch locale (calls `onLocaleChange`; updates it when uncontrolled). */
  setLocale(locale: string): void;
  /** The locales the curriculum is written in. */
  locales: readonly string[];
  /** The interface strings in effect. */
  messages: Messages;
  /** `Intl` formatters for the locale (cached). */
  format: Formatters;
}

/** The locale of the nearest {@link CurriculumProvider}, with its strings and formatters. */
export function useLocale(): LocaleState {
  const { locale, setLocale, curriculum, messages, format } = useCurriculumContext('useLocale');
  return useMemo(
    () => ({
      locale,
      setLocale,
      locales: curriculum.locales,
      messages: withPlanMessages(locale, messages),
      format,
    }),
    [locale, setLocale, curriculum.locales, messages, format],
  );
}

/** What {@link useProgress} returns. */
export interface ProgressState {
  /** The learner's progress. On the server and while hydrating, the empty progress. */
  progress: Progress;
  /** Counts, hours and percentages per level and module and overall (`summarize`). */
  summary: ProgressSummary;
  /** The store's warnings (recovered data, backups, failed saves); empty when it has none. */
  warnings: readonly string[];
  /** Sets one topic's status (now), through the store; `onStatusChange` hears of it. */
  setStatus(topicId: string, status: TopicStatus): void;
  /** The progress as JSON text. */
  exportProgress(): string;
  /** Downloads the progress as `<curriculumId>-progress.json` (browser only). */
  downloadProgress(fileName?: string): void;
  /**
   * Merges progress from JSON text or a file; newest change per topic wins, and only topics of
   * the curriculum are imported (`importProgress` with `{ curriculum }`).
   */
  importProgress(input: string | Blob): Promise<ImportProgressResult>;
  store: ProgressStore;
}

const noWarnings: readonly string[] = [];

/**
 * The learner's progress from the nearest {@link CurriculumProvider}, kept in sync with its store.
 * A component using it re-renders on every progress change; topic rows do not use it.
 *
 * @example
 * const { summary, setStatus } = useProgress();
 * const { format } = useLocale();
 * <p>{format.percent(summary.overall.percent)}</p>
 */
export function useProgress(): ProgressState {
  const context = useCurriculumContext('useProgress');
  const { curriculum, store } = context;
  const progress = useProgressSelector(context, (value) => value);
  const warnings = useSyncExternalStore(
    context.subscribe,
    () => store.getWarnings?.() ?? noWarnings,
    () => noWarnings,
  );
  const actions = useMemo(
    () => ({
      setStatus: (topicId: string, status: TopicStatus) => changeStatus(context, topicId, status),
      exportProgress: () => exportProgress(store),
      downloadProgress: (fileName?: string) => downloadProgress(store, fileName),
      importProgress: (input: string | Blob) => importProgress(store, input, { curriculum }),
    }),
    [context, store, curriculum],
  );
  return {
    progress,
    summary: summaryOf(curriculum, progress),
    warnings,
    store,
    ...actions,
  };
}
