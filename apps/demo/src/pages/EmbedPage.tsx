import { localize } from '@trailmark/curriculum';
import { listRoadmaps } from '@trailmark/curriculum/roadmaps';
import type {} from '@trailmark/embed/react-jsx';
import { THEMES, TIMELINE_ORIENTATIONS } from '@trailmark/react';
import { useId, useState } from 'react';
import { CopyButton } from '../embed/CopyButton';
import {
  EMBED_VIEWS,
  type EmbedOptions,
  iframeSnippet,
  resizeListenerSnippet,
  scriptSnippet,
} from '../embed/options';
import { useEmbedScript } from '../embed/useEmbedScript';
import { useOrigin } from '../embed/useOrigin';
import { Head } from '../head/Head';
import { localizedHead } from '../head/head';
import { useAppLocale, useT } from '../locale/LocaleContext';
import { isLocale, localizedPath } from '../locale/locales';
import { type MessageKey, translate } from '../locale/messages';
import { PageTitle } from './PageTitle';

/** Names of content languages, written in themselves (no `Intl.DisplayNames`: server and browser ICU data differ). */
const LANGUAGE_NAMES: Record<string, string> = { 'zh-CN': '简体中文', en: 'English' };

const THEME_LABELS: Record<EmbedOptions['theme'], MessageKey> = {
  light: 'theme.light',
  dark: 'theme.dark',
  auto: 'embed.themeAuto',
};
const ORIENTATION_LABELS: Record<EmbedOptions['orientation'], MessageKey> = {
  vertical: 'embed.vertical',
  horizontal: 'embed.horizontal',
  auto: 'embed.orientationAuto',
};

const VIEW_LABELS: Record<NonNullable<EmbedOptions['view']>, MessageKey> = {
  timeline: 'embed.viewTimeline',
  map: 'embed.viewMap',
};

const EXPANDED_CHOICES = ['none', 'current', 'all'] as const;
const EXPANDED_LABELS: Record<(typeof EXPANDED_CHOICES)[number], MessageKey> = {
  none: 'embed.expandedNone',
  current: 'embed.expandedCurrent',
  all: 'embed.expandedAll',
};
const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** `/embed`: choose what to embed, see it live, copy the script-tag or iframe snippet. */
export function EmbedPage() {
  const t = useT();
  const locale = useAppLocale();
  const origin = useOrigin();
  const roadmaps = listRoadmaps();
  const ids = { roadmap: useId(), locale: useId(), heading: useId() };
  const [options, setOptions] = useState<EmbedOptions>(() => {
    const first = roadmaps[0];
    return {
      roadmap: first?.id ?? '',
      locale: first?.locales.includes(locale) ? locale : (first?.defaultLocale ?? locale),
      theme: 'auto',
      orientation: 'vertical',
      expandedLevels: 'none',
      readOnly: false,
      headingLevel: 2,
      view: 'timeline',
    };
  });
  useEmbedScript();

  const info = roadmaps.find((roadmap) => roadmap.id === options.roadmap) ?? roadmaps[0];
  const title = info ? localize(info.title, options.locale, info.defaultLocale) : options.roadmap;
  const update = (change: Partial<EmbedOptions>) => setOptions((old) => ({ ...old, ...change }));
  // The fallback link is part of the roadmap as embedded: in its language, to that language's home.
  const fallbackLocale = isLocale(options.locale) ? options.locale : locale;
  const fallback = {
    text: translate(fallbackLocale, 'embed.fallbackText', { title }),
    lang: fallbackLocale,
    path: localizedPath(fallbackLocale, '/'),
  };
  const script = scriptSnippet(origin, options, fallback);

  return (
    <article className="demo-page demo-embed">
      <Head
        {...localizedHead(locale, '/embed', {
          title: `${t('embed.title')} · ${t('site.name')}`,
          description: t('embed.description'),
        })}
      />
      <header className="demo-hero">
        <PageTitle>{t('embed.title')}</PageTitle>
        <p className="demo-lead">{t('embed.intro')}</p>
      </header>

      <div className="demo-embed__grid">
        <form
          className="demo-panel demo-embed__options"
          onSubmit={(event) => event.preventDefault()}
        >
          <h2>{t('embed.options')}</h2>
          <div className="demo-field">
            <label htmlFor={ids.roadmap}>{t('embed.roadmap')}</label>
            <select
              id={ids.roadmap}
              value={options.roadmap}
              onChange={(event) => {
                const next = roadmaps.find((roadmap) => roadmap.id === event.currentTarget.value);
                if (!next) return;
                update({
                  roadmap: next.id,
                  locale: next.locales.includes(options.locale)
                    ? options.locale
                    : next.defaultLocale,
                });
              }}
            >
              {roadmaps.map((roadmap) => (
                <option key={roadmap.id} value={roadmap.id}>
                  {localize(roadmap.title, locale, roadmap.defaultLocale)}
                </option>
              ))}
            </select>
          </div>
          <div className="demo-field">
            <label htmlFor={ids.locale}>{t('embed.locale')}</label>
            <select
              id={ids.locale}
              value={options.locale}
              onChange={(event) => update({ locale: event.currentTarget.value })}
            >
              {(info?.locales ?? [options.locale]).map((tag) => (
                <option key={tag} value={tag} lang={tag}>
                  {LANGUAGE_NAMES[tag] ?? tag}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="demo-field">
            <legend>{t('embed.theme')}</legend>
            {THEMES.map((theme) => (
              <label key={theme} className="demo-choice">
                <input
                  type="radio"
                  name="embed-theme"
                  value={theme}
                  checked={options.theme === theme}
                  onChange={() => update({ theme })}
                />
                {t(THEME_LABELS[theme])}
              </label>
            ))}
          </fieldset>
          <fieldset className="demo-field">
            <legend>{t('embed.view')}</legend>
            {EMBED_VIEWS.map((view) => (
              <label key={view} className="demo-choice">
                <input
                  type="radio"
                  name="embed-view"
                  value={view}
                  checked={options.view === view}
                  onChange={() => update({ view })}
                />
                {t(VIEW_LABELS[view])}
              </label>
            ))}
          </fieldset>
          {/* The layout and the open levels are the timeline's; the map has neither. */}
          <fieldset className="demo-field" disabled={options.view === 'map'}>
            <legend>{t('embed.orientation')}</legend>
            {TIMELINE_ORIENTATIONS.map((orientation) => (
              <label key={orientation} className="demo-choice">
                <input
                  type="radio"
                  name="embed-orientation"
                  value={orientation}
                  checked={options.orientation === orientation}
                  onChange={() => update({ orientation })}
                />
                {t(ORIENTATION_LABELS[orientation])}
              </label>
            ))}
          </fieldset>
          <fieldset className="demo-field" disabled={options.view === 'map'}>
            <legend>{t('embed.expanded')}</legend>
            {EXPANDED_CHOICES.map((expandedLevels) => (
              <label key={expandedLevels} className="demo-choice">
                <input
                  type="radio"
                  name="embed-expanded"
                  value={expandedLevels}
                  checked={options.expandedLevels === expandedLevels}
                  onChange={() => update({ expandedLevels })}
                />
                {t(EXPANDED_LABELS[expandedLevels])}
              </label>
            ))}
          </fieldset>
          <div className="demo-field">
            <label htmlFor={ids.heading}>{t('embed.headingLevel')}</label>
            <select
              id={ids.heading}
              value={options.headingLevel}
              onChange={(event) =>
                update({ headingLevel: Number(event.currentTarget.value) as 2 | 3 | 4 | 5 | 6 })
              }
            >
              {HEADING_LEVELS.map((level) => (
                <option key={level} value={level}>{`h${level}`}</option>
              ))}
            </select>
          </div>
          <label className="demo-choice">
            <input
              type="checkbox"
              checked={options.readOnly}
              onChange={(event) => update({ readOnly: event.currentTarget.checked })}
            />
            {t('embed.readOnly')}
          </label>
        </form>

        <section className="demo-section" aria-labelledby="script-heading">
          <h2 id="script-heading">{t('embed.scriptTitle')}</h2>
          <p>{t('embed.scriptNote')}</p>
          <Snippet text={script} />
          <CopyButton text={script} what={t('embed.scriptWhat')} />
        </section>
      </div>

      <section className="demo-section demo-embed__preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('embed.preview')}</h2>
        <p className="demo-note">{t('embed.previewNote')}</p>
        <div className="demo-embed__stage">
          <trailmark-roadmap
            roadmap={options.roadmap}
            locale={options.locale}
            theme={options.theme}
            orientation={options.orientation}
            expanded-levels={
              options.expandedLevels === 'current' ? undefined : options.expandedLevels
            }
            readonly={options.readOnly || undefined}
            heading-level={options.headingLevel}
            view={options.view}
          >
            <a href={fallback.path} lang={fallback.lang}>
              {fallback.text}
            </a>
          </trailmark-roadmap>
        </div>
      </section>

      <section className="demo-section" aria-labelledby="iframe-heading">
        <h2 id="iframe-heading">{t('embed.iframeTitle')}</h2>
        <p>{t('embed.iframeNote')}</p>
        <Snippet text={iframeSnippet(origin, options, title)} />
        <CopyButton text={iframeSnippet(origin, options, title)} what={t('embed.iframeWhat')} />
        <h3>{t('embed.resizeTitle')}</h3>
        <p>{t('embed.resizeNote')}</p>
        <Snippet text={resizeListenerSnippet(origin)} />
        <CopyButton text={resizeListenerSnippet(origin)} what={t('embed.resizeWhat')} />
      </section>
    </article>
  );
}

/** A snippet as code; it wraps instead of scrolling, so it needs no scroll container. */
function Snippet({ text }: { text: string }) {
  return (
    <pre className="demo-snippet">
      <code>{text}</code>
    </pre>
  );
}
