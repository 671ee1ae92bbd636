import { fc, test } from '@fast-check/vitest';
import { THEMES, TIMELINE_ORIENTATIONS } from '@trailmark/react';
import { describe, expect, it } from 'vitest';
import { FRAME_PATH } from '../hydration';
import {
  EMBED_VIEWS,
  type EmbedOptions,
  framePath,
  iframeSnippet,
  readEmbedOptions,
} from './options';

const frameQuery = (options: EmbedOptions) => framePath(options).slice(`${FRAME_PATH}?`.length);

describe('the frame address', () => {
  it('carries view=map only for the map, so timeline snippets stay as they were', () => {
    const options: EmbedOptions = {
      roadmap: 'llm-engineer',
      locale: 'en',
      theme: 'auto',
      orientation: 'vertical',
    };
    expect(framePath(options)).toBe(
      '/embed/frame?roadmap=llm-engineer&locale=en&theme=auto&orientation=vertical',
    );
    expect(framePath({ ...options, view: 'timeline' })).toBe(framePath(options));
    expect(
      iframeSnippet('https://trailmark.dev', { ...options, view: 'map' }, 'Roadmap'),
    ).toContain(
      'src="https://trailmark.dev/embed/frame?roadmap=llm-engineer&amp;locale=en&amp;theme=auto&amp;orientation=vertical&amp;view=map"',
    );
  });

  it('reads an unknown or missing view as the timeline', () => {
    expect(readEmbedOptions('?view=Map').view).toBe('timeline');
    expect(readEmbedOptions('').view).toBe('timeline');
    expect(readEmbedOptions('?view=map').view).toBe('map');
  });

  test.prop([
    fc.record({
      roadmap: fc.constant('llm-engineer'),
      locale: fc.constantFrom('en', 'zh-CN'),
      theme: fc.constantFrom(...THEMES),
      orientation: fc.constantFrom(...TIMELINE_ORIENTATIONS),
      view: fc.constantFrom(...EMBED_VIEWS),
    }),
  ])('reads back the options it was written from', (options) => {
    expect(readEmbedOptions(`?${frameQuery(options)}`)).toEqual(options);
  });
});
