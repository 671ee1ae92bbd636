/** Reading the element's attributes: any text a page writes gives a value the components accept. */
import { fc, test } from '@fast-check/vitest';
import { THEMES, TIMELINE_ORIENTATIONS } from '@trailmark/react';
import { describe, expect, it } from 'vitest';
import {
  EMBED_VIEWS,
  expandedLevelsOf,
  headingLevelOf,
  orientationOf,
  themeOf,
  viewOf,
} from '../src/attributes';

const attribute = fc.option(
  fc.oneof(
    fc.string(),
    fc.constantFrom(...THEMES, ...TIMELINE_ORIENTATIONS, ...EMBED_VIEWS, '2', '6', '7'),
  ),
  { nil: null },
);

describe('attribute values', () => {
  it.each(THEMES)('reads theme="%s" as itself', (theme) => {
    expect(themeOf(theme)).toBe(theme);
  });

  it.each(TIMELINE_ORIENTATIONS)('reads orientation="%s" as itself', (orientation) => {
    expect(orientationOf(orientation)).toBe(orientation);
  });

  it.each([
    ['3', 3],
    ['6', 6],
    ['1', 2],
    ['7', 2],
    ['2.5', 2],
    ['', 2],
    [null, 2],
  ] as const)('reads heading-level=%j as %d', (value, level) => {
    expect(headingLevelOf(value)).toBe(level);
  });

  it.each(EMBED_VIEWS)('reads view="%s" as itself', (view) => {
    expect(viewOf(view)).toBe(view);
  });

  it.each([null, '', 'Map', ' map', 'graph'])('reads view=%j as timeline', (value) => {
    expect(viewOf(value)).toBe('timeline');
  });

  it.each([null, '', 'Dark', ' dark', 'sepia'])('reads theme=%j as auto', (value) => {
    expect(themeOf(value)).toBe('auto');
    expect(orientationOf(value)).toBe('auto');
  });

  it.each([
    [null, undefined],
    ['', undefined],
    ['  ', undefined],
    ['none', []],
    ['all', 'all'],
    ['l1', ['l1']],
    [' l1  l3 ', ['l1', 'l3']],
  ] as const)('reads expanded-levels=%j as %j', (value, levels) => {
    expect(expandedLevelsOf(value)).toEqual(levels);
  });

  test.prop([fc.option(fc.string(), { nil: null })])(
    'reads any expanded-levels as all, none, the current level or a list of words',
    (value) => {
      const levels = expandedLevelsOf(value);
      if (levels === undefined || levels === 'all') return;
      for (const id of levels) expect(id).toMatch(/^\S+$/);
      expect(levels.join(' ')).toBe(
        value === null || value.trim() === 'none' ? '' : value.trim().split(/\s+/).join(' '),
      );
    },
  );

  test.prop([attribute])(
    'keeps a known value and turns anything else into the default',
    (value) => {
      expect(themeOf(value)).toBe(THEMES.find((theme) => theme === value) ?? 'auto');
      expect(orientationOf(value)).toBe(
        TIMELINE_ORIENTATIONS.find((orientation) => orientation === value) ?? 'auto',
      );
      expect([2, 3, 4, 5, 6]).toContain(headingLevelOf(value));
      expect(viewOf(value)).toBe(value === 'map' ? 'map' : 'timeline');
    },
  );
});
