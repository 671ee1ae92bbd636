/**
 * One rule for links: the embed's `src` gets the verdict every package gives each URL variant of
 * the shared table (`@trailmark/curriculum`'s `test/fixtures/http-urls.json`), which the SDK, the
 * CLI and `ResourceLink` run too. Only paths differ, by design: `src` may be a path on the page's
 * site, resolved against it.
 */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { isSafeHttpUrl } from '@trailmark/curriculum';
import { describe, expect, it } from 'vitest';
import { resolveSrc } from '../src/load';

interface UrlCase {
  url: string;
  safe: boolean;
  case: string;
  path?: boolean;
}

const { urls } = JSON.parse(
  readFileSync(new URL('../../curriculum/test/fixtures/http-urls.json', import.meta.url), 'utf8'),
) as { urls: UrlCase[] };

const page = 'https://blog.example/post/';

describe('src and the link rule', () => {
  // `src=""` means "no src" to the element: it never reaches resolveSrc.
  it.each(urls.filter((row) => !row.path && row.url !== ''))(
    'src=$url ($case) is fetched: $safe',
    ({ url, safe }) => {
      const result = resolveSrc(url, page);
      if (safe) {
        expect(result).toBeInstanceOf(URL);
        expect(String(result)).toBe(new URL(url).href);
      } else {
        expect(result).toMatchObject({ kind: 'invalid-src' });
        expect((result as { message: string }).message).toContain(JSON.stringify(url));
      }
    },
  );

  it.each(urls.filter((row) => row.path))(
    'src=$url ($case) is resolved against the page',
    ({ url }) => {
      const result = resolveSrc(url, page);
      expect(result).toBeInstanceOf(URL);
      expect((result as URL).origin).toBe('https://blog.example');
    },
  );

  it('refuses a path on a page that is not http(s)', () => {
    expect(resolveSrc('data/c.json', 'file:///home/me/page.html')).toMatchObject({
      kind: 'invalid-src',
    });
  });

  test.prop([fc.oneof(fc.string(), fc.webUrl()), fc.webUrl()])(
    'fetches only what isSafeHttpUrl accepts',
    (src, base) => {
      const result = resolveSrc(src, base);
      if (result instanceof URL) expect(isSafeHttpUrl(result.href)).toBe(true);
      else expect(result.kind).toBe('invalid-src');
    },
  );
});
