/**
 * One rule for links: every URL variant of `fixtures/http-urls.json` gets the same verdict from
 * `isSafeHttpUrl`, from `parseCurriculum` (resource and author links), from `toJsonLd`'s page URL
 * and from `trailmark jsonld --url`. The react and embed packages run the same table through
 * `ResourceLink` and the embed's `src`.
 */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { isSafeHttpUrl, parseCurriculum, toJsonLd } from '../src/index.js';
import { fixture as cliFixture, memoryContext, PACKAGE_ROOT } from './cli/helpers.js';
import { fixture, fixtureInput } from './fixture.js';

interface UrlCase {
  url: string;
  safe: boolean;
  case: string;
}

const { urls } = JSON.parse(
  readFileSync(new URL('./fixtures/http-urls.json', import.meta.url), 'utf8'),
) as { urls: UrlCase[] };

describe('the link rule table', () => {
  it('has both verdicts, with the unsafe variants the issue names', () => {
    expect(urls.filter((row) => row.safe).length).toBeGreaterThan(5);
    for (const prefix of ['javascript:', 'data:', '//', 'https://good.example@', ' https:']) {
      expect(urls.some((row) => !row.safe && row.url.startsWith(prefix))).toBe(true);
    }
  });

  it.each(urls)('isSafeHttpUrl($url) is $safe ($case)', ({ url, safe }) => {
    expect(isSafeHttpUrl(url)).toBe(safe);
  });

  it.each(urls)('parseCurriculum accepts $url as a link ($case): $safe', ({ url, safe }) => {
    // Untyped, as fetched JSON is: the link may be anything.
    const input = JSON.parse(JSON.stringify(fixtureInput()));
    input.levels[0].modules[0].topics[0].resources = [{ title: 'Link', url, kind: 'article' }];
    input.authors = [{ name: 'Someone', url }];
    const result = parseCurriculum(input);
    if (safe) {
      expect(result.ok ? [] : result.issues).toEqual([]);
      return;
    }
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['levels[0].modules[0].topics[0].resources[0].url', 'authors[0].url']),
    );
  });

  // `''` is "no page URL" for toJsonLd, and a usage error for the CLI (tested below).
  it.each(urls.filter((row) => row.url !== ''))(
    'toJsonLd takes $url as the page URL ($case): $safe',
    ({ url, safe }) => {
      const c = fixture();
      if (safe) expect(toJsonLd(c, { url }).url).toBe(url);
      else expect(() => toJsonLd(c, { url })).toThrow(TypeError);
    },
  );

  it.each(urls)(
    'trailmark jsonld --url $url ($case): safe $safe, else a one-line usage error (exit 2)',
    async ({ url, safe }) => {
      const memory = memoryContext(PACKAGE_ROOT);
      const code = await run(['jsonld', cliFixture('valid.json'), '--url', url], memory.context);
      if (safe) {
        expect([code, memory.stderr()]).toEqual([0, '']);
        expect(JSON.parse(memory.stdout()).url).toBe(url);
        return;
      }
      expect(code).toBe(2);
      expect(memory.stdout()).toBe('');
      // One line: the message, the value as JSON (escaped, so it cannot break the line) and where
      // to read usage; no "internal error" and no stack.
      expect(memory.stderr()).toMatch(
        /^trailmark: option "--url[^\n]*\(see "trailmark jsonld --help"\)\n$/,
      );
      // `--url ''` is refused by the option parser as a missing value, before the rule.
      if (url !== '') expect(memory.stderr()).toContain(JSON.stringify(url));
    },
  );
});

describe('isSafeHttpUrl', () => {
  test.prop([fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }))])(
    'accepts only URLs that parse as http(s) with no user info, and with the host written',
    (url) => {
      if (!isSafeHttpUrl(url)) return;
      const parsed = new URL(url);
      expect(['http:', 'https:']).toContain(parsed.protocol);
      expect([parsed.username, parsed.password]).toEqual(['', '']);
      expect(parsed.hostname).not.toBe('');
      expect(url).not.toMatch(/[\s\\]/);
    },
  );

  test.prop([fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true })])(
    'accepts the web URLs a learner would link to',
    (url) => {
      // fast-check's web URLs may carry user info; everything else about them is fine.
      expect(isSafeHttpUrl(url)).toBe(!new URL(url).username && !new URL(url).password);
    },
  );

  it.each([undefined, null, 42, {}, ['https://example.org/'], new URL('https://example.org/')])(
    'refuses %s, which is not a string',
    (value) => {
      expect(isSafeHttpUrl(value)).toBe(false);
    },
  );
});
