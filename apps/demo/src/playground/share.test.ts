import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, readSharedDocument, shareLink } from './share';

const PAGE = 'https://trailmark.example/playground';

/** The fragment of a link, as `location.hash` gives it. */
const hashOf = (url: string) => new URL(url).hash;

describe('share links', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 2_000 })])(
    'a link opens exactly the text it was made from',
    async (text) => {
      const link = await shareLink(text, PAGE);
      if (!link.ok) throw new Error('too long');
      expect(link.url.startsWith(`${PAGE}#doc=1.`)).toBe(true);
      expect(await readSharedDocument(hashOf(link.url))).toEqual({ kind: 'document', text });
    },
  );

  test.prop([fc.string({ maxLength: 200 }), fc.nat(), fc.string({ minLength: 1, maxLength: 3 })])(
    'a damaged link reads as damaged or as some text, and never throws',
    async (text, at, junk) => {
      const link = await shareLink(text, PAGE);
      if (!link.ok) throw new Error('too long');
      const hash = hashOf(link.url);
      const cut = at % hash.length;
      const damaged = hash.slice(0, cut) + junk + hash.slice(cut + 1);
      const read = await readSharedDocument(damaged);
      expect(['damaged', 'document', 'none']).toContain(read.kind);
    },
  );

  it('tells a damaged link from a page without a document', async () => {
    expect(await readSharedDocument('')).toEqual({ kind: 'none' });
    expect(await readSharedDocument('#main')).toEqual({ kind: 'none' });
    expect(await readSharedDocument('#doc=1.%%%')).toEqual({ kind: 'damaged' });
    expect(await readSharedDocument('#doc=9.abc')).toEqual({ kind: 'damaged' });
    const link = await shareLink('id: a\n'.repeat(50), PAGE);
    if (!link.ok) throw new Error('too long');
    // Cut short, as a chat app might.
    expect(await readSharedDocument(hashOf(link.url).slice(0, -6))).toEqual({ kind: 'damaged' });
  });

  it('replaces the fragment of the page it is given', async () => {
    const link = await shareLink('a', `${PAGE}#doc=1.old`);
    expect(link.ok && link.url.split('#').length).toBe(2);
  });

  it('refuses a link longer than the limit, saying how long it would be', async () => {
    // Random text hardly compresses.
    const [noise = ''] = fc.sample(
      fc.string({ minLength: 2 * MAX_LINK_LENGTH, maxLength: 2 * MAX_LINK_LENGTH }),
      { numRuns: 1, seed: 1 },
    );
    const link = await shareLink(noise, PAGE);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });
});
