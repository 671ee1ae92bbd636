import type { CurriculumInput, ParseResult } from '@trailmark/curriculum';
import {
  type ComponentPropsWithoutRef,
  type ComponentType,
  type ForwardRefExoticComponent,
  forwardRef,
  type PropsWithoutRef,
  type Ref,
  type RefAttributes,
} from 'react';
import { ErrorPanel } from '../ErrorPanel/ErrorPanel';
import { type MessageOverrides, resolveMessages } from '../i18n/messages';
import type { Theme } from '../root';
import type { ProgressStore } from '../stores/ProgressStore';
import { ValidCurriculumProvider } from './CurriculumProvider';
import {
  parseCached,
  type StatusChangeHandler,
  useCurriculumContext,
  useOptionalCurriculumContext,
} from './context';
import { usePageLanguage } from './pageLanguage';

/**
 * Props every top-level component takes so it can be used without a {@link CurriculumProvider}:
 * `<RoadmapTimeline curriculum={llmEngineer} />`. Inside a provider they are optional and override
 * the provider's values for this component only.
 */
export interface CurriculumSourceProps {
  /**
   * A curriculum to show: one written in TypeScript (typed, so a misspelled field is an error), or
   * the result of `parseCurriculum` for data of unknown shape such as fetched JSON. It is
   * validated (once per object); an invalid one renders an error panel listing each issue. When
   * given, the component provides its own context; when left out, it uses the nearest
   * `CurriculumProvider`.
   * @example curriculum={parseCurriculum(await response.json())}
   */
  curriculum?: CurriculumInput | ParseResult;
  /**
   * The locale to show.
   * @default the provider's locale; without a provider, the page's `<html lang>` in the browser,
   * else the curriculum's `defaultLocale`
   */
  locale?: string;
  /**
   * Where progress is read and written.
   * @default the provider's store, else a memory store
   */
  store?: ProgressStore;
  /**
   * Shows statuses as text, without controls.
   * @default the provider's value, else false
   */
  readOnly?: boolean;
  /**
   * Interface string overrides per locale.
   * @default the provider's value
   */
  messages?: MessageOverrides;
  /**
   * Called after a learner changed a topic's status inside this component, with the topic's id,
   * its new status and the status before. Inside a provider, the provider's `onStatusChange` is
   * called as well.
   */
  onStatusChange?: StatusChangeHandler;
}

type ErrorPanelPassThrough = Pick<
  ComponentPropsWithoutRef<'div'>,
  'className' | 'dir' | 'id' | 'lang'
> & {
  theme?: Theme;
};

/**
 * Wraps a component that reads the curriculum context so that it also accepts the
 * {@link CurriculumSourceProps} and renders an error panel (never throws) when the curriculum is
 * invalid or missing.
 */
export function withCurriculum<E extends Element, P extends ErrorPanelPassThrough>(
  Inner: ComponentType<P & RefAttributes<E>>,
  displayName: string,
): ForwardRefExoticComponent<PropsWithoutRef<P & CurriculumSourceProps> & RefAttributes<E>> {
  const Outer = forwardRef<E, P & CurriculumSourceProps>(function Outer(props, ref) {
    const { curriculum, locale, store, readOnly, messages, onStatusChange, ...rest } = props;
    const parent = useOptionalCurriculumContext();
    const pageLanguage = usePageLanguage();
    const { className, dir, id, theme } = rest as ErrorPanelPassThrough;
    const panelLocale = locale ?? parent?.locale ?? pageLanguage;
    const panelProps = { className, dir, id, theme, locale: panelLocale, messages };

    let parsed = parent?.curriculum;
    if (curriculum !== undefined) {
      const result = parseCached(curriculum);
      if (!result.ok) return <ErrorPanel issues={result.issues} {...panelProps} />;
      parsed = result.value;
    }
    if (!parsed) {
      const message = resolveMessages(panelLocale ?? 'en', messages)['error.noCurriculum'];
      return <ErrorPanel description={message} {...panelProps} />;
    }
    const inner = <Localized Inner={Inner} props={rest as unknown as P} innerRef={ref} />;
    const inherit = curriculum === undefined ? parent : null;
    if (inherit && (locale ?? store ?? readOnly ?? messages ?? onStatusChange) === undefined) {
      return inner;
    }
    // The page's locale and strings carry over; another curriculum's store does not.
    return (
      <ValidCurriculumProvider
        curriculum={parsed}
        locale={locale ?? parent?.locale}
        onLocaleChange={locale === undefined ? parent?.setLocale : undefined}
        store={store ?? inherit?.store}
        readOnly={readOnly ?? inherit?.readOnly}
        messages={messages ?? parent?.overrides}
        onStatusChange={(...change) => {
          onStatusChange?.(...change);
          inherit?.onStatusChange.current?.(...change);
        }}
      >
        {inner}
      </ValidCurriculumProvider>
    );
  });
  Outer.displayName = displayName;
  return Outer;
}

/** Renders `Inner` with the `lang` of the locale its provider settled on. */
function Localized<E extends Element, P>({
  Inner,
  props,
  innerRef,
}: {
  Inner: ComponentType<P & RefAttributes<E>>;
  props: P;
  innerRef: Ref<E>;
}) {
  const { locale } = useCurriculumContext('withCurriculum');
  // The root says which language it shows (WCAG 3.1.2); a `lang` prop wins.
  return <Inner lang={locale} {...props} ref={innerRef} />;
}
