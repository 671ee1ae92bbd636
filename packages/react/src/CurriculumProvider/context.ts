import {
  type Curriculum,
  type LocalizedText,
  type ParseResult,
  type Progress,
  type ProgressSummary,
  parseCurriculum,
  setStatus,
  statusOf,
  summarize,
  type TopicEntry,
  type TopicStatus,
} from '@trailmark/curriculum';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Formatters } from '../i18n/format';
import type { MessageOverrides, SharedMessages } from '../i18n/messages';
import { levelName } from '../LevelCard/timelineStep';
import type { ProgressStore } from '../stores/ProgressStore';
import type { LevelCounts, ProgressIndex } from './progressIndex';

/** Called after a learner changed a topic's status, with the status before. */
export type StatusChangeHandler = (
  topicId: string,
  status: TopicStatus,
  previous: TopicStatus,
) => void;

/** Everything the components share below a provider. Changes only with its inputs, never with progress. */
export interface CurriculumContextValue {
  curriculum: Curriculum;
  /** Every topic by id, in document order. */
  topics: ReadonlyMap<string, TopicEntry>;
  locale: string;
  setLocale(locale: string): void;
  messages: SharedMessages;
  /** The `messages` prop the value was built from, for nested overrides. */
  overrides: MessageOverrides | undefined;
  format: Formatters;
  /** Curriculum text in the current locale. */
  text(value: LocalizedText): string;
  store: ProgressStore;
  /** `store.subscribe`, bound and stable, for `useSyncExternalStore`. */
  subscribe(listener: () => void): () => void;
  /** `store.get`, bound and stable. */
  getProgress(): Progress;
  /** The provider's latest `onStatusChange` (a ref: a new handler re-renders nothing). */
  onStatusChange: { readonly current: StatusChangeHandler | undefined };
  /** The progress rendered on the server and while hydrating, so both agree. */
  serverProgress: Progress;
  /** The store's progress as the timeline shows it, updated one change at a time (made on first use). */
  progressIndex(): ProgressIndex;
  /** The same for `serverProgress` (made on first use: only server renders and hydration read it). */
  serverIndex(): ProgressIndex;
  readOnly: boolean;
  /** Prefix for element ids, unique per provider. */
  idPrefix: string;
  /** Says `message` in the outermost provider's polite live region, once changes settle. */
  announce(message: string): void;
}

export const CurriculumContext = /* @__PURE__ */ createContext<CurriculumContextValue | null>(null);

/** The nearest provider's value, or `null` outside one. */
export function useOptionalCurriculumContext(): CurriculumContextValue | null {
  return useContext(CurriculumContext);
}

/** The nearest provider's value; throws a developer error naming the hook outside one. */
export function useCurriculumContext(hook: string): CurriculumContextValue {
  const value = useContext(CurriculumContext);
  if (!value) {
    throw new Error(`${hook}() needs a <CurriculumProvider curriculum={…}> around it.`);
  }
  return value;
}

/**
 * A value derived from the progress. The caller re-renders only when the value changes (by
 * `Object.is`), so `select` must return a primitive or an object cached per progress. On the
 * server and while hydrating it reads the empty progress, so the markup always matches.
 */
export function useProgressSelector<T>(
  context: CurriculumContextValue,
  select: (progress: Progress) => T,
): T {
  return useSyncExternalStore(
    context.subscribe,
    () => select(context.getProgress()),
    () => select(context.serverProgress),
  );
}

/**
 * One topic's state key ({@link ProgressIndex.topicKey}). The caller re-renders only when that
 * topic's status or lock changes: one subscription per topic, told only of its own changes.
 */
export function useTopicKey(context: CurriculumContextValue, topicId: string): string {
  const subscribe = useCallback(
    (listener: () => void) => context.progressIndex().subscribeTopic(topicId, listener),
    [context, topicId],
  );
  return useSyncExternalStore(
    subscribe,
    () => context.progressIndex().topicKey(topicId),
    () => context.serverIndex().topicKey(topicId),
  );
}

/**
 * The {@link ProgressIndex.topicKey} of several topics through one store subscription (a details
 * panel listing a topic with its prerequisites and dependents); the caller re-renders when one of
 * them changes.
 */
export function useTopicKeys(
  context: CurriculumContextValue,
  topicIds: readonly string[],
): string[] {
  const read = (index: ProgressIndex) => topicIds.map((id) => index.topicKey(id)).join('\n');
  return useSyncExternalStore(
    context.subscribe,
    () => read(context.progressIndex()),
    () => read(context.serverIndex()),
  ).split('\n');
}

/**
 * A value derived from one level's counts (a primitive: the caller re-renders when it changes).
 * Told only of changes in that level.
 */
export function useLevelCounts<T>(
  context: CurriculumContextValue,
  levelId: string,
  select: (counts: LevelCounts | undefined) => T,
): T {
  const subscribe = useCallback(
    (listener: () => void) => context.progressIndex().subscribeLevel(levelId, listener),
    [context, levelId],
  );
  return useSyncExternalStore(
    subscribe,
    () => select(context.progressIndex().level(levelId)),
    () => select(context.serverIndex().level(levelId)),
  );
}

/**
 * The level a learner is at: the level of their next topic (one in progress, else the first
 * unlocked one), or the last level once everything is complete.
 */
export function useCurrentLevel(context: CurriculumContextValue): string {
  const subscribe = useCallback(
    (listener: () => void) => context.progressIndex().subscribeCurrent(listener),
    [context],
  );
  return useSyncExternalStore(
    subscribe,
    () => context.progressIndex().currentLevel(),
    () => context.serverIndex().currentLevel(),
  );
}

/**
 * Sets a topic's status through the provider's store and, when it changed, tells the provider's
 * `onStatusChange` (which calls those of the providers it inherits from).
 */
export function changeStatus(
  context: CurriculumContextValue,
  topicId: string,
  status: TopicStatus,
): void {
  const { store, onStatusChange, curriculum, topics, messages, format } = context;
  const before = store.get();
  store.set(setStatus(before, topicId, status));
  const previous = statusOf(before, topicId);
  if (previous === status) return;
  onStatusChange.current?.(topicId, status, previous);
  // The new figure of the topic's level, read politely ("L2 …: 5 of 18 topics complete, 28%").
  const level = topics.get(topicId)?.level;
  const counts = level && summaryOf(curriculum, store.get()).levels[level.id];
  if (!level || !counts) return;
  context.announce(
    format.message(messages['level.announce'], {
      level: levelName(level, context.text),
      complete: counts.complete,
      total: counts.total,
      percent: format.percent(counts.percent),
    }),
  );
}

const parsed = /* @__PURE__ */ new WeakMap<object, ParseResult>();

/**
 * `parseCurriculum`, remembered per input object: the same curriculum given to several components,
 * or rendered again, is validated once. A `parseCurriculum` result is taken as the caller's parse
 * (a curriculum, having no `ok` field, is never mistaken for one); its value is checked again,
 * at no cost for a value that parse returned.
 */
export function parseCached(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null) return parseCurriculum(input);
  if ('ok' in input) {
    const given = input as ParseResult;
    return given.ok ? parseCurriculum(given.value) : given;
  }
  let result = parsed.get(input);
  if (!result) {
    result = parseCurriculum(input);
    parsed.set(input, result);
  }
  return result;
}

/**
 * Remembers a function of (curriculum, progress) per progress object. Progress is immutable, so the
 * cache is exact, and a snapshot computed from it keeps its identity until progress changes.
 */
function perProgress<T>(compute: (curriculum: Curriculum, progress: Progress) => T) {
  const cache = new WeakMap<Progress, WeakMap<Curriculum, T>>();
  return (curriculum: Curriculum, progress: Progress): T => {
    let byCurriculum = cache.get(progress);
    if (!byCurriculum) {
      byCurriculum = new WeakMap();
      cache.set(progress, byCurriculum);
    }
    if (!byCurriculum.has(curriculum)) byCurriculum.set(curriculum, compute(curriculum, progress));
    return byCurriculum.get(curriculum) as T;
  };
}

/** `summarize`, remembered per progress object. */
export const summaryOf: (curriculum: Curriculum, progress: Progress) => ProgressSummary =
  /* @__PURE__ */ perProgress(summarize);
