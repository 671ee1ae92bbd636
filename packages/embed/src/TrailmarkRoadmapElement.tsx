import type { Curriculum } from '@trailmark/curriculum';
import type { HeadingLevel, Theme, TimelineOrientation } from '@trailmark/react';
import { createRoot, type Root } from 'react-dom/client';
import {
  type EmbedView as EmbedViewName,
  expandedLevelsOf,
  headingLevelOf,
  orientationOf,
  themeOf,
  viewOf,
} from './attributes';
import { EmbedView, type ViewState } from './EmbedView';
import type { EmbedError } from './embed-error';
import { errorsScript } from './errors/loadErrors';
import { type CurriculumData, emit } from './events';
import {
  explanationMissing,
  fetchCurriculum,
  type LoadResult,
  loadBuiltInRoadmap,
  readCurriculumText,
  resolveSrc,
} from './load';
import { mapScriptUrl } from './map/loadMap';
import { bindProgress, type ProgressBinding } from './progress-binding';
import { adoptStyles } from './styles';

/** Values of the `theme` attribute: those of the components' `theme` prop. */
export type EmbedTheme = Theme;
/** Values of the `orientation` attribute: those of `RoadmapTimeline`. */
export type EmbedOrientation = TimelineOrientation;
/** Values of the `view` attribute: `timeline` or `map`. */
export type EmbedViewMode = EmbedViewName;

const MIRRORED_PROPERTIES = [
  'roadmap',
  'src',
  'locale',
  'theme',
  'orientation',
  'progressKey',
  'readOnly',
  'headingLevel',
  'expandedLevels',
  'view',
] as const;
const INLINE_JSON_SELECTOR = ':scope > script[type="application/json"]';
/** Languages written right to left (Arabic, Hebrew, Persian, Urdu, …), by their primary subtag. */
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/i;

/** Where the curriculum comes from, in order of precedence: `src`, `roadmap`, inline JSON. */
type Source =
  | { kind: 'src'; src: string }
  | { kind: 'roadmap'; id: string }
  | { kind: 'inline'; text: string }
  | { kind: 'none' };

/**
 * `<trailmark-roadmap>`: a learning roadmap drawn inside Shadow DOM.
 *
 * Attributes (each mirrored by a property): `roadmap`, `src`, `locale`, `theme`, `orientation`,
 * `progress-key` (`progressKey`), `readonly` (`readOnly`), `heading-level` (`headingLevel`),
 * `expanded-levels` (`expandedLevels`), `view`.
 * Events: `trailmark:ready`, `trailmark:progress`, `trailmark:error`.
 *
 * The element is a type here, not a class: the class is created when the script registers it, in
 * a browser, so importing the package on a server (SSR) or in Node does not need `HTMLElement`.
 * @example
 * <trailmark-roadmap roadmap="llm-engineer" locale="zh-CN"></trailmark-roadmap>
 */
export interface TrailmarkRoadmapElement extends HTMLElement {
  /** A built-in roadmap id, e.g. `llm-engineer`. */
  get roadmap(): string | null;
  set roadmap(value: string | null);
  /** URL of a curriculum JSON document; fetched with CORS and without cookies. Wins over `roadmap`. */
  get src(): string | null;
  set src(value: string | null);
  /** BCP 47 language of the texts. Defaults to the nearest `lang` on the page, else the curriculum's default. */
  get locale(): string | null;
  set locale(value: string | null);
  /** `light`, `dark` or `auto` (follows the reader's system setting). @default 'auto' */
  get theme(): EmbedTheme;
  set theme(value: EmbedTheme | null);
  /**
   * `vertical`, `horizontal`, or `auto`: vertical in a narrow element, levels on both sides of a
   * central rail where there is room. @default 'auto'
   */
  get orientation(): EmbedOrientation;
  set orientation(value: EmbedOrientation | null);
  /** localStorage key for progress; elements sharing a key share progress. Defaults to one per curriculum id. */
  get progressKey(): string | null;
  set progressKey(value: string | null);
  /** Shows progress without letting the reader change it. */
  get readOnly(): boolean;
  set readOnly(value: boolean);
  /**
   * The heading level of the level titles (2 to 6), to fit the page's outline: 2 under the page's
   * `<h1>`, 3 inside a section with an `<h2>`. @default 2
   */
  get headingLevel(): HeadingLevel;
  set headingLevel(value: HeadingLevel | null);
  /**
   * Which levels start open: `none`, `all`, or level ids separated by spaces (`l1 l3`). Read when
   * a roadmap is drawn. @default the learner's current level
   */
  get expandedLevels(): string | null;
  set expandedLevels(value: string | null);
  /**
   * `timeline`, or `map`: the roadmap as a map you can pan and zoom. The map's script
   * (`trailmark-embed-map.js`, beside this one) loads only when asked for; if it cannot load, the
   * timeline shows and `trailmark:error` says why (`kind: 'map'`). @default 'timeline'
   */
  get view(): EmbedViewMode;
  set view(value: EmbedViewMode | null);
  /** The curriculum on show, once loaded and valid; otherwise `null`. */
  readonly curriculum: CurriculumData | null;
}

/**
 * Creates the element's class. Only a browser calls it (see `define.ts`): a class that extends
 * `HTMLElement` cannot even be declared where there is no DOM.
 * @param scriptUrl URL of the embed script; `roadmap="<id>"` loads `roadmaps/<id>.json` relative to it.
 */
export function createTrailmarkRoadmapElement(scriptUrl: string): {
  new (): TrailmarkRoadmapElement;
  readonly observedAttributes: readonly string[];
} {
  // What only a failing document needs (the positioned JSON reader, the words of issues) is in
  // `trailmark-embed-errors.js` beside the script, loaded the first time one fails.
  const errors = errorsScript(scriptUrl);
  return class extends HTMLElement implements TrailmarkRoadmapElement {
    static readonly observedAttributes = [
      'roadmap',
      'src',
      'locale',
      'theme',
      'orientation',
      'progress-key',
      'readonly',
      'heading-level',
      'expanded-levels',
      'view',
    ];

    readonly #container: HTMLDivElement;
    #root: Root | undefined;
    #view: ViewState = { status: 'loading' };
    /** The source #view was loaded from; a reconnect with the same source skips the reload. */
    #loadedKey: string | undefined;
    /** Cancels the request in flight; replaced on every load, so a stale response is never shown. */
    #request: AbortController | undefined;
    #progress: ProgressBinding | undefined;
    #childObserver: MutationObserver | undefined;
    #renderQueued = false;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      adoptStyles(shadow);
      this.#container = document.createElement('div');
      this.#container.className = 'tm-embed';
      shadow.append(this.#container);
    }

    get roadmap(): string | null {
      return this.getAttribute('roadmap');
    }
    set roadmap(value: string | null) {
      this.#reflect('roadmap', value);
    }

    get src(): string | null {
      return this.getAttribute('src');
    }
    set src(value: string | null) {
      this.#reflect('src', value);
    }

    get locale(): string | null {
      return this.getAttribute('locale');
    }
    set locale(value: string | null) {
      this.#reflect('locale', value);
    }

    get theme(): EmbedTheme {
      return themeOf(this.getAttribute('theme'));
    }
    set theme(value: EmbedTheme | null) {
      this.#reflect('theme', value);
    }

    get orientation(): EmbedOrientation {
      return orientationOf(this.getAttribute('orientation'));
    }
    set orientation(value: EmbedOrientation | null) {
      this.#reflect('orientation', value);
    }

    get progressKey(): string | null {
      return this.getAttribute('progress-key');
    }
    set progressKey(value: string | null) {
      this.#reflect('progress-key', value);
    }

    get readOnly(): boolean {
      return this.hasAttribute('readonly');
    }
    set readOnly(value: boolean) {
      this.toggleAttribute('readonly', Boolean(value));
    }

    get headingLevel(): HeadingLevel {
      return headingLevelOf(this.getAttribute('heading-level'));
    }
    set headingLevel(value: HeadingLevel | null) {
      this.#reflect('heading-level', value);
    }

    get expandedLevels(): string | null {
      return this.getAttribute('expanded-levels');
    }
    set expandedLevels(value: string | null) {
      this.#reflect('expanded-levels', value);
    }

    get view(): EmbedViewMode {
      return viewOf(this.getAttribute('view'));
    }
    set view(value: EmbedViewMode | null) {
      this.#reflect('view', value);
    }

    get curriculum(): CurriculumData | null {
      return this.#view.status === 'ready' ? this.#view.curriculum : null;
    }

    connectedCallback(): void {
      for (const name of MIRRORED_PROPERTIES) this.#upgradeProperty(name);
      this.#root = createRoot(this.#container);
      // A later change to the inline JSON (a CMS preview, a framework re-render) reloads it.
      this.#childObserver = new MutationObserver(() => {
        // While the page is still parsing, the JSON may be half read; DOMContentLoaded loads it.
        if (document.readyState === 'loading') return;
        if (!this.#named()) this.#load();
      });
      this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
      if (document.readyState === 'loading' && !this.#named()) {
        // A classic script in <head> upgrades the element before the parser has read its children.
        document.addEventListener('DOMContentLoaded', this.#onParsed);
        this.#render();
        return;
      }
      this.#load();
    }

    disconnectedCallback(): void {
      document.removeEventListener('DOMContentLoaded', this.#onParsed);
      this.#childObserver?.disconnect();
      this.#childObserver = undefined;
      this.#request?.abort();
      this.#request = undefined;
      if (this.#view.status === 'loading') this.#loadedKey = undefined;
      this.#progress?.release();
      this.#progress = undefined;
      this.#root?.unmount();
      this.#root = undefined;
    }

    attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
      if (!this.#root || oldValue === newValue) return;
      if (name === 'src' || name === 'roadmap') {
        this.#load();
      } else if (name === 'progress-key') {
        if (this.#view.status === 'ready') this.#showCurriculum(this.#view.curriculum);
      } else {
        this.#scheduleRender();
      }
    }

    readonly #onParsed = (): void => {
      if (this.#root) this.#load();
    };

    /**
     * Whether `src` or `roadmap` names the data. An empty one (`src=""`, as templates write an unset
     * value) names nothing, so the next source is used.
     */
    #named(): boolean {
      return Boolean(this.getAttribute('src') || this.getAttribute('roadmap'));
    }

    #source(): Source {
      const src = this.getAttribute('src');
      if (src) return { kind: 'src', src };
      const roadmap = this.getAttribute('roadmap');
      if (roadmap) return { kind: 'roadmap', id: roadmap };
      const script = this.querySelector(INLINE_JSON_SELECTOR);
      if (script) return { kind: 'inline', text: script.textContent ?? '' };
      return { kind: 'none' };
    }

    /** Loads the current source, unless it is what is already on show. */
    #load(): void {
      const source = this.#source();
      // Equal sources serialize alike (the same kind and fields, in the same order).
      const key = JSON.stringify(source);
      if (key === this.#loadedKey) {
        // Reconnected (or an unrelated child changed): keep the data, rebind progress if released.
        if (this.#view.status === 'ready' && !this.#progress)
          this.#showCurriculum(this.#view.curriculum);
        else this.#render();
        return;
      }
      this.#request?.abort();
      this.#request = undefined;
      this.#loadedKey = key;
      const plan = this.#plan(source);
      if (typeof plan !== 'function') {
        this.#settle(plan);
        return;
      }
      const request = new AbortController();
      this.#request = request;
      this.#view = { status: 'loading' };
      this.#render();
      plan(request.signal).then((result) => {
        // A newer load (or a disconnect) replaced this request: its result is stale.
        if (this.#request !== request) return;
        this.#request = undefined;
        this.#settle(result);
      });
    }

    /**
     * What loading `source` takes: a result right away (inline JSON, a missing source, a bad `src`),
     * or a request to start.
     */
    #plan(source: Source): LoadResult | ((signal: AbortSignal) => Promise<LoadResult>) {
      switch (source.kind) {
        case 'inline': {
          const read = readCurriculumText(
            source.text,
            'The inline <script type="application/json">',
            errors,
          );
          // Valid JSON is shown at once; other text waits for the errors script's reader.
          return read instanceof Promise ? () => read : read;
        }
        case 'none':
          return {
            ok: false,
            error: {
              kind: 'no-source',
              message:
                'No roadmap to show: set roadmap="llm-engineer", src="https://…/curriculum.json", or put a <script type="application/json"> with a curriculum inside <trailmark-roadmap>.',
            },
          };
        case 'src': {
          const url = resolveSrc(source.src, document.baseURI);
          if (!(url instanceof URL)) return { ok: false, error: url };
          return (signal) => fetchCurriculum(url, errors, { signal });
        }
        case 'roadmap': {
          const { id } = source;
          return (signal) =>
            loadBuiltInRoadmap(id, __TRAILMARK_ROADMAP_IDS__, scriptUrl, errors, { signal });
        }
      }
    }

    #settle(result: LoadResult): void {
      if (result.ok) {
        this.#showCurriculum(result.curriculum);
        emit(this, 'trailmark:ready', { curriculum: result.curriculum });
      } else {
        this.#showError(result.error);
      }
    }

    #showCurriculum(curriculum: Curriculum): void {
      this.#progress?.release();
      this.#progress = bindProgress(curriculum, this.getAttribute('progress-key'), (detail) =>
        emit(this, 'trailmark:progress', detail),
      );
      this.#view = { status: 'ready', curriculum, progress: this.#progress };
      this.#render();
    }

    #showError(error: EmbedError): void {
      this.#progress?.release();
      this.#progress = undefined;
      if (!error.issues && !error.syntax) {
        this.#view = { status: 'error', error };
        this.#render();
        emit(this, 'trailmark:error', error);
        return;
      }
      // Problems to word: the errors script brings the words of every language. Until it
      // answers the element keeps loading, so the alert appears once, in the element's language.
      const waiting: ViewState = { status: 'loading' };
      this.#view = waiting;
      this.#render();
      errors.load().then(
        ({ describeIssue }) =>
          this.#showWorded(waiting, { status: 'error', error, describe: describeIssue }),
        (thrown: unknown) => {
          const message = `${error.message} ${explanationMissing(errors, thrown)}`;
          this.#showWorded(waiting, { status: 'error', error: { ...error, message } });
        },
      );
    }

    /**
     * Shows an error once its words arrived, unless another load replaced `waiting` meanwhile or
     * the element left the page (it loads again when it comes back).
     */
    #showWorded(waiting: ViewState, view: ViewState & { status: 'error' }): void {
      if (this.#view !== waiting || !this.#root) return;
      this.#view = view;
      this.#render();
      emit(this, 'trailmark:error', view.error);
    }

    readonly #onRenderError = (error: EmbedError): void => {
      emit(this, 'trailmark:error', error);
    };

    /** Several attribute changes in one task (locale, theme, orientation) draw once. */
    #scheduleRender(): void {
      if (this.#renderQueued) return;
      this.#renderQueued = true;
      queueMicrotask(() => {
        this.#renderQueued = false;
        this.#render();
      });
    }

    #render(): void {
      if (!this.#root) return;
      const theme = this.theme;
      const locale = this.#locale();
      this.#container.setAttribute('data-tm-theme', theme);
      this.#container.setAttribute('lang', locale);
      // Its own direction, from its language: a right-to-left page must not reverse English text.
      this.#container.setAttribute('dir', RTL_LANGUAGES.test(locale) ? 'rtl' : 'ltr');
      this.#root.render(
        <EmbedView
          view={this.#view}
          locale={locale}
          theme={theme}
          orientation={this.orientation}
          readOnly={this.readOnly}
          headingLevel={this.headingLevel}
          expandedLevels={expandedLevelsOf(this.expandedLevels)}
          viewMode={this.view}
          mapUrl={mapScriptUrl(scriptUrl)}
          onRenderError={this.#onRenderError}
        />,
      );
    }

    #locale(): string {
      const own = this.getAttribute('locale');
      if (own) return own;
      const inherited = this.closest('[lang]')?.getAttribute('lang');
      if (inherited) return inherited;
      return this.#view.status === 'ready' ? this.#view.curriculum.defaultLocale : 'en';
    }

    #reflect(name: string, value: string | number | null | undefined): void {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    }

    /** A property set before the element upgraded shadows the accessor; route it through the setter. */
    #upgradeProperty(name: (typeof MIRRORED_PROPERTIES)[number]): void {
      if (!Object.hasOwn(this, name)) return;
      const value: unknown = Reflect.get(this, name);
      Reflect.deleteProperty(this, name);
      Reflect.set(this, name, value);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'trailmark-roadmap': TrailmarkRoadmapElement;
  }
}
