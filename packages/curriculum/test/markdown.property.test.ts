import { fc, test } from '@fast-check/vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/index.js';
import type { Curriculum } from '../src/schema.js';
import { fixture, fixtureCopy } from './fixture.js';

/**
 * Markdown as GitHub shows it (CommonMark plus GFM: autolinks, tables, strikethrough, task lists,
 * footnotes), with nothing filtered out: raw HTML and any link protocol come through, so an
 * injection shows in the HTML instead of being hidden by the renderer's own safety.
 */
function render(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });
}

/** The elements `toMarkdown` writes itself: headings, paragraphs, lists, emphasis, links. */
const OWN_ELEMENTS = new Set(['h1', 'h2', 'h3', 'p', 'em', 'strong', 'ul', 'li', 'a']);

const elementsOf = (html: string) =>
  [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]?.toLowerCase());
const hrefsOf = (html: string) => [...html.matchAll(/<a\s[^>]*>/g)].map((match) => match[0]);

/** The text a reader sees: tags dropped, the four characters micromark encodes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(lt|gt|quot|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '',
    );
}

// Pieces that are markup somewhere (CommonMark, GFM, HTML), joined in any order with arbitrary
// text around them.
const hostilePiece = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- c -->',
    '<b>',
    '[x](javascript:alert(1))',
    '[x](https://evil.example "t")',
    '![img](https://evil.example/x.png)',
    '[x]: https://evil.example',
    '[x][]',
    '[^1]',
    '[ ] ',
    '<https://evil.example>',
    '<me@evil.example>',
    'https://evil.example/p?q=1',
    'HTTP://EVIL.EXAMPLE',
    'www.evil.example',
    'WWW.EVIL.EXAMPLE',
    '_www.evil.example',
    '*www.evil.example*',
    '~www.evil.example',
    '(www.evil.example)',
    'me@evil.example',
    'mailto:me@evil.example',
    'xmpp:me@evil.example',
    '&amp;',
    '&#x3C;script&#x3E;',
    '&lt;b&gt;',
    '&copy',
    '`code`',
    '``',
    '```',
    '~~~',
    '\n',
    '\r\n',
    '  \n',
    '\\\n',
    '\t',
    '\u00a0',
    '\\',
    '*',
    '**',
    '_',
    '~~',
    '|',
    '| a | b |\n|---|---|',
    '---',
    '===',
    '# ',
    '> ',
    '- ',
    '+ ',
    '1. ',
    '2) ',
    '    ',
    '!',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    ':',
    '//',
    '@',
    '.',
    '"',
  ),
  fc.string({ maxLength: 6 }),
);

/** Author text as a schema-valid curriculum may hold it: anything that is more than spaces. */
const hostileText = fc
  .array(hostilePiece, { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(''))
  .filter((text) => /\S/.test(text));

/** Puts the given texts, in turn, in every place of the curriculum that holds author text. */
function withAuthorText(texts: string[]): Curriculum {
  let next = 0;
  const take = () => texts[next++ % texts.length] as string;
  const c = fixtureCopy() as unknown as Record<string, unknown> & {
    levels: Record<string, unknown>[];
  };
  c.title = take();
  c.summary = take();
  for (const level of c.levels) {
    Object.assign(level, { code: take(), title: take(), summary: take() });
    level.outcomes = (level.outcomes as unknown[]).map(take);
    for (const module of level.modules as Record<string, unknown>[]) {
      Object.assign(module, { title: take(), summary: take() });
      for (const topic of module.topics as Record<string, unknown>[]) {
        Object.assign(topic, { title: take(), summary: take() });
        for (const resource of topic.resources as Record<string, unknown>[]) {
          resource.title = take();
        }
      }
    }
  }
  return c as unknown as Curriculum;
}

describe('toMarkdown, rendered by a CommonMark + GFM parser', () => {
  const plain = render(toMarkdown(fixture()));
  const ownLinks = hrefsOf(plain);

  it('links each resource, and nothing else, in document order', () => {
    const urls = fixture().levels.flatMap((level) =>
      level.modules.flatMap((module) =>
        module.topics.flatMap((topic) => topic.resources.map((resource) => resource.url)),
      ),
    );
    expect(urls.length).toBeGreaterThan(1);
    expect(ownLinks).toEqual(urls.map((url) => `<a href="${url}">`));
  });

  test.prop([fc.array(hostileText, { minLength: 1, maxLength: 12 })], { numRuns: 300 })(
    'never turns author text into a link, an image, HTML or any element it does not write itself',
    (texts) => {
      const html = render(toMarkdown(withAuthorText(texts)));
      expect(elementsOf(html).filter((name) => !OWN_ELEMENTS.has(name ?? ''))).toEqual([]);
      // The only links are the resources' own, in order, exactly as without the author text.
      expect(hrefsOf(html)).toEqual(ownLinks);
    },
  );

  test.prop([fc.array(hostileText, { minLength: 1, maxLength: 12 })], { numRuns: 300 })(
    'shows every author text as written, on one line',
    (texts) => {
      const shown = visibleText(render(toMarkdown(withAuthorText(texts)))).replace(/\s+/g, ' ');
      for (const text of texts) expect(shown).toContain(text.replace(/\s+/g, ' ').trim());
    },
  );
});
