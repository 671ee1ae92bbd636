import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The attributes of `<trailmark-roadmap>` the embed page sets (see @trailmark/embed). */
interface TrailmarkRoadmapAttributes extends HTMLAttributes<HTMLElement> {
  roadmap?: string;
  src?: string;
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  orientation?: 'vertical' | 'horizontal' | 'auto';
  'progress-key'?: string;
  readonly?: boolean;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'trailmark-roadmap': DetailedHTMLProps<TrailmarkRoadmapAttributes, HTMLElement>;
    }
  }
}
