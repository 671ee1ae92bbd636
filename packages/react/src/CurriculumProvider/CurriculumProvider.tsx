import {
  type Curriculum,
  type CurriculumInput,
  createProgress,
  indexTopics,
  type ParseResult,
  type Progress,
} from '@trailmark/curriculum';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { ErrorPanel } from '../ErrorPanel/ErrorPanel';
import type { MessageOverrides } from '../i18n/messages';
import { useControlledProgress } from '../stores/controlledProgress';
import { createMemoryStore } from '../stores/createMemoryStore';
import type { ProgressStore } from '../stores/ProgressStore';
import { useControllableState } from '../useControllableState/useControllableState';
import {
  CurriculumContext,
  type CurriculumContextValue,
  parseCached,
  type StatusChangeHandler,
  useOptionalCurriculumContext,
} from './context';
import { createAnnouncer, LiveRegion } from './LiveRegion';
import { usePageLanguage } from './pageLanguage';
import { createProgressIndex } from './progressIndex';
import { interfaceText } from './useInterface';

function noop() {}

/** `make`, called on first use only. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** Props of {@link CurriculumProvider}. */
export interface CurriculumProviderProps {
  /**
   * The curriculum: one written in TypeScript (typed, so a misspelled field is an error), or the
   * result of `parseCurriculum` for data of unknown shape such as fetched JSON. It is validated
   * (once per object); when it is invalid, an error panel listing every issue is rendered instead
   * of `children`. A curriculum `parseCurriculum` returned, or a built-in roadmap (checked when
   * `@trailmark/curriculum` was built), is taken as is, without a second check.
   * @example curriculum={parseCurriculum(JSON.parse(text))}
   */
  curriculum: CurriculumInput | ParseResult;
  /**
   * The locale to show, controlled. Texts fall back as `localize` does. Without `locale` and
   * `defaultLocale`, the page's language where the provider sits (the nearest `lang` attribute,
   * else `<html lang>`) is used in the browser, else the curriculum's `defaultLocale`; on the
   * server there is no page, so pass `locale` there (the language of the page around it) to render
   * the language the browser will show.
   */
  locale?: string;
  /**
   * The initial locale when `locale` is not controlled.
   * @default the nearest `lang` (else `<html lang>`) in the browser, else the curriculum's `defaultLocale`
   */
  defaultLocale?: string;
  /** Called when a component asks to change the locale (`useLocale().setLocale`). */
  onLocaleChange?: (locale: string) => void;
  /**
   * Where progress is read and written. Pass a stable object (create it outside render or in
   * `useMemo`).
   * @default a memory store for this curriculum (progress is lost on reload)
   */
  store?: ProgressStore;
  /**
   * The progress to show, controlled: kept in your own state (or on your server) and changed only
   * through `onProgressChange`. Replaces `store`. On the server and while hydrating the components
   * show no progress, as with any store, so the markup matches; `progress` appears right after.
   * @example progress={progress} onProgressChange={setProgress}
   */
  progress?: Progress;
  /**
   * Called with the next progress whenever a component (a status menu, `useProgress().setStatus`,
   * `importProgress`) asks to change it. With `progress`, the change shows once you pass it back.
   */
  onProgressChange?: (progress: Progress) => void;
  /**
   * Interface strings per locale tag, merged over the built-in English and Chinese ones. Pass a
   * stable object.
   * @example { en: { 'status.done': 'Finished' }, ja: { 'status.done': '完了' } }
   */
  messages?: MessageOverrides;
  /**
   * Shows statuses as text, without controls.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Called after a learner changed a topic's status in a component inside (a `TopicList` menu,
   * `useProgress().setStatus`), with the topic's id, its new status and the status before. Not
   * called for changes that reach the store another way (another tab, an import).
   * @example onStatusChange={(topicId, status) => analytics.track('status', { topicId, status })}
   */
  onStatusChange?: StatusChangeHandler;
  /** What the provider shares with every Trailmark component inside. */
  children?: ReactNode;
}

/**
 * Validates a curriculum and shares it, the locale, the interface strings and the progress store
 * with every Trailmark component inside. Never throws: an invalid curriculum renders an
 * {@link ErrorPanel} listing each issue's path and message.
 *
 * @example
 * <CurriculumProvider curriculum={llmEngineer} store={store} defaultLocale="zh-CN">
 *   <RoadmapTimeline />
 *   <StudyPlan />
 * </CurriculumProvider>
 */
export function CurriculumProvider({ curriculum, ...options }: CurriculumProviderProps) {
  const pageLanguage = usePageLanguage();
  const result = parseCached(curriculum);
  if (!result.ok) {
    return (
      <ErrorPanel
        issues={result.issues}
        locale={options.locale ?? options.defaultLocale ?? pageLanguage}
        messages={options.messages}
      />
    );
  }
  return <ValidCurriculumProvider curriculum={result.value} {...options} />;
}

/** Props of the provider once the curriculum is known to be valid. */
export interface ValidCurriculumProviderProps extends Omit<CurriculumProviderProps, 'curriculum'> {
  curriculum: Curriculum;
}

/** The provider for an already parsed curriculum. */
export function ValidCurriculumProvider({
  curriculum,
  locale: localeProp,
  defaultLocale,
  onLocaleChange,
  store: storeProp,
  progress,
  onProgressChange,
  messages: overrides,
  readOnly = false,
  onStatusChange,
  children,
}: ValidCurriculumProviderProps) {
  // One rule with the embed: an explicit locale, else the nearest `lang` around the provider (read
  // from where its live region sits, once mounted), else the curriculum's default.
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const pageLanguage = usePageLanguage(anchor);
  const [chosen, setLocale] = useControllableState<string | undefined>({
    prop: localeProp,
    defaultProp: defaultLocale,
    onChange: onLocaleChange as ((locale: string | undefined) => void) | undefined,
    caller: 'CurriculumProvider',
  });
  const locale = chosen ?? pageLanguage ?? curriculum.defaultLocale;
  const idPrefix = useId();
  const controlled = useControlledProgress(progress, onProgressChange);
  const given = controlled ?? storeProp;
  const ownStore = useMemo(
    () => (given ? undefined : createMemoryStore({ curriculumId: curriculum.id })),
    [given, curriculum.id],
  );
  const store = given ?? (ownStore as ProgressStore);
  // Read when a status changes, so an inline handler does not re-render every component.
  const statusHandler = useRef(onStatusChange);
  statusHandler.current = onStatusChange;
  // One live region for the page area: a provider inside another (a component given props of its
  // own) speaks through the outer one's.
  const outer = useOptionalCurriculumContext();
  const [announcer] = useState(createAnnouncer);
  const announce = outer?.announce ?? announcer.announce;
  // What follows the curriculum and the store only, so a change of locale keeps it.
  const data = useMemo(() => {
    const serverProgress = createProgress(curriculum.id);
    const topics = indexTopics(curriculum);
    return {
      curriculum,
      topics,
      store,
      subscribe: (listener: () => void) => store.subscribe(listener),
      getProgress: () => store.get(),
      serverProgress,
      progressIndex: once(() => createProgressIndex(curriculum, topics, store)),
      serverIndex: once(() =>
        createProgressIndex(curriculum, topics, {
          get: () => serverProgress,
          subscribe: () => noop,
        }),
      ),
    };
  }, [curriculum, store]);
  const value = useMemo<CurriculumContextValue>(
    () => ({
      ...data,
      ...interfaceText(locale, overrides, curriculum.defaultLocale),
      setLocale,
      overrides,
      onStatusChange: statusHandler,
      readOnly,
      idPrefix,
      announce,
    }),
    [data, locale, overrides, curriculum.defaultLocale, setLocale, readOnly, idPrefix, announce],
  );
  return (
    <CurriculumContext.Provider value={value}>
      {children}
      {!outer && <LiveRegion announcer={announcer} onElement={setAnchor} />}
    </CurriculumContext.Provider>
  );
}
