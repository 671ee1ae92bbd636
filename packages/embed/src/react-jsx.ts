/**
 * `@trailmark/embed/react-jsx`: JSX typings of `<trailmark-roadmap>` for React 18.3 and 19, with
 * the automatic runtime (`"jsx": "react-jsx"`) and the classic one. Load them once in a project
 * that renders the element from React:
 *
 * @example
 * import type {} from '@trailmark/embed/react-jsx';
 *
 * <trailmark-roadmap roadmap="llm-engineer" locale="zh-CN" heading-level={3} />;
 *
 * Both runtimes read `React.JSX` (React 18.3's global `JSX` and `react/jsx-runtime` extend it), so
 * one augmentation of the `react` module covers them. This file is apart from the main entry
 * because it needs `@types/react`, which a page without React does not install.
 */
import type { HeadingLevel } from '@trailmark/react';
import type * as React from 'react';
import type {
  EmbedOrientation,
  EmbedTheme,
  EmbedViewMode,
  TrailmarkRoadmapElement,
} from './TrailmarkRoadmapElement';

/**
 * The attributes of `<trailmark-roadmap>` as JSX props, under their HTML names. The element's
 * children are its fallback content (a link to the roadmap), or an inline
 * `<script type="application/json">` curriculum.
 */
export interface TrailmarkRoadmapAttributes extends React.HTMLAttributes<TrailmarkRoadmapElement> {
  /** A built-in roadmap id, e.g. `llm-engineer`. */
  roadmap?: string;
  /** URL of a curriculum JSON document; wins over `roadmap`. */
  src?: string;
  /** BCP 47 language of the texts; defaults to the nearest `lang`, else the curriculum's default. */
  locale?: string;
  /** @default 'auto' */
  theme?: EmbedTheme;
  /** @default 'auto' */
  orientation?: EmbedOrientation;
  /** localStorage key for progress; elements sharing a key share progress. */
  'progress-key'?: string;
  /**
   * Shows progress without letting the reader change it. Pass it or leave it out
   * (`readonly={locked || undefined}`): React 18 writes `false` as the text `"false"`, and a
   * present attribute means read-only.
   */
  readonly?: true;
  /** The heading level of the level titles, to fit the page's outline. @default 2 */
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  /** Which levels start open: `none`, `all`, or level ids separated by spaces. @default the current level */
  'expanded-levels'?: string;
  /** `timeline`, or `map` (its script loads beside the embed script when asked for). @default 'timeline' */
  view?: EmbedViewMode;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'trailmark-roadmap': React.DetailedHTMLProps<
        TrailmarkRoadmapAttributes,
        TrailmarkRoadmapElement
      >;
    }
  }
}
