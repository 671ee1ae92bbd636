import { describe, expect, it } from 'vitest';
import {
  assertCurriculum,
  CurriculumError,
  type CurriculumIssue,
  defineCurriculum,
  formatIssues,
  parseCurriculum,
} from '../src/index.js';
import { summarizeValue } from '../src/issues.js';
import { llmEngineer } from '../src/roadmaps/llm-engineer.js';
import { fixture, fixtureInput } from './fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into documents to break them on purpose.
type Doc = any;

/** Parses a copy of the fixture after `change`, and returns the issues (failing if it parsed). */
function issuesAfter(change: (doc: Doc) => void): CurriculumIssue[] {
  const doc = fixtureInput();
  change(doc);
  const result = parseCurriculum(doc);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.issues;
}

function only(change: (doc: Doc) => void): CurriculumIssue {
  const issues = issuesAfter(change);
  expect(issues, formatIssues(issues)).toHaveLength(1);
  return issues[0] as CurriculumIssue;
}

const TOPIC = 'levels[0].modules[0].topics[0]';

describe('parseCurriculum: valid documents', () => {
  it('accepts the fixture and applies defaults', () => {
    const result = parseCurriculum(fixtureInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const css = result.value.levels[0]?.modules[0]?.topics[1];
    expect(css?.skills).toEqual([]);
    expect(css?.resources).toEqual([]);
    expect(css?.optional).toBe(false);
    expect(result.value.levels[1]?.outcomes).toEqual([]);
    expect(result.value.levels[1]?.roles).toEqual([]);
  });

  it('accepts a minimal document with only the required fields', () => {
    const result = parseCurriculum({
      schemaVersion: 1,
      id: 'tiny',
      version: '0.1.0',
      title: 'Tiny',
      summary: 'One topic.',
      defaultLocale: 'en',
      locales: ['en'],
      levels: [
        {
          id: 'one',
          code: 'L1',
          title: 'One',
          summary: 'The only level.',
          modules: [
            {
              id: 'm',
              title: 'M',
              summary: 'S',
              topics: [{ id: 't', title: 'T', summary: 'S', kind: 'concept', estimatedHours: 1 }],
            },
          ],
        },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.skills).toEqual([]);
  });

  it('returns a fresh copy and leaves the input unchanged', () => {
    const input = fixtureInput();
    const before = JSON.stringify(input);
    const result = parseCurriculum(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(result.ok && result.value).not.toBe(input);
    expect(result.ok && result.value.levels).not.toBe(input.levels);
  });

  it('accepts objects without a prototype', () => {
    const input = JSON.parse(JSON.stringify(fixtureInput()), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.assign(Object.create(null), value)
        : value,
    );
    expect(parseCurriculum(input).ok).toBe(true);
  });

  it('accepts http and upper-case scheme links, and URLs with query and fragment', () => {
    const result = parseCurriculum(
      (() => {
        const doc: Doc = fixtureInput();
        doc.levels[0].modules[0].topics[0].resources[0].url = 'HTTP://Example.org/a?b=c#d';
        doc.authors[0].url = 'http://example.org';
        return doc;
      })(),
    );
    expect(result.ok).toBe(true);
  });

  it('lets modules and topics share an id: each kind has its own namespace', () => {
    const doc: Doc = fixtureInput();
    doc.levels[0].modules[0].id = 'html';
    doc.levels[0].id = 'html';
    expect(parseCurriculum(doc).ok).toBe(true);
  });
});

describe('parseCurriculum: shape issues', () => {
  it('names the allowed values of an enum', () => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].kind = 'lecture';
    });
    expect(issue).toEqual({
      path: `${TOPIC}.kind`,
      segments: ['levels', 0, 'modules', 0, 'topics', 0, 'kind'],
      code: 'invalid_value',
      params: {
        expected: { type: 'one_of', values: ['"concept"', '"practice"', '"project"'] },
        got: { type: 'literal', text: '"lecture"' },
      },
      message: 'expected one of "concept", "practice", "project", got "lecture"',
    });
  });

  it('suggests the key an unknown key was probably meant to be', () => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].prerequisite = ['css'];
    });
    expect(issue.path).toBe(`${TOPIC}.prerequisite`);
    expect(issue.code).toBe('unknown_key');
    expect(issue.message).toBe('unknown key "prerequisite" — did you mean "prerequisites"?');
  });

  it('lists the allowed keys when an unknown key resembles none', () => {
    const issue = only((doc) => {
      doc.roles[0].salary = 100;
    });
    expect(issue.path).toBe('roles[0].salary');
    expect(issue.message).toBe('unknown key "salary"; allowed keys here: id, title, summary');
  });

  it('reports every unknown key of an object separately, at the root too', () => {
    const issues = issuesAfter((doc) => {
      doc.foo = 1;
      doc.bar = 2;
    });
    expect(issues.map((issue) => issue.path)).toEqual(['foo', 'bar']);
    expect(issues.every((issue) => issue.code === 'unknown_key')).toBe(true);
  });

  it('rejects a javascript: link with a message saying what links must be', () => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].resources[0].url = 'javascript:alert(1)';
    });
    expect(issue.path).toBe(`${TOPIC}.resources[0].url`);
    expect(issue.code).toBe('unsafe_url');
    expect(issue.message).toBe(
      '"javascript:alert(1)" is not an http(s) URL; links must start with https:// or http://, with no user info ("…@") before the host',
    );
  });

  it.each([
    'https://medium.com/@someone/a-post',
    'https://example.org/?contact=a@b.example',
    'https://example.org/#a@b',
  ])('accepts the link %j, whose "@" comes after the host', (url) => {
    const doc: Doc = fixtureInput();
    doc.levels[0].modules[0].topics[0].resources[0].url = url;
    expect(parseCurriculum(doc).issues).toBeUndefined();
  });

  it.each([
    ['a month 13 and a day 45', '2024-13-45'],
    ['month 00', '2024-00-10'],
    ['day 00', '2024-01-00'],
    ['day 32', '2024-01-32'],
    ['hour 24', '2024-06-01T24:00:00Z'],
    ['minute 60', '2024-06-01T23:60Z'],
    ['second 60', '2024-06-01T23:59:60Z'],
    ['an offset of 24 hours', '2024-06-01T08:30:00+24:00'],
  ])('rejects an updatedAt with %s as not ISO 8601', (_name, date) => {
    const issue = only((doc) => {
      doc.updatedAt = date;
    });
    expect(issue).toEqual({
      path: 'updatedAt',
      segments: ['updatedAt'],
      code: 'invalid_format',
      params: { format: 'date', got: { type: 'literal', text: `"${date}"` } },
      message: `"${date}" is not an ISO 8601 date; use "2024-06-01" or "2024-06-01T08:30:00Z" (months 01–12, days 01–31)`,
    });
  });

  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31T08:30:00Z'])(
    'rejects the updatedAt %j, a day its month does not have',
    (date) => {
      const issue = only((doc) => {
        doc.updatedAt = date;
      });
      expect(issue).toEqual({
        path: 'updatedAt',
        segments: ['updatedAt'],
        code: 'invalid_format',
        params: { format: 'calendar_date', got: { type: 'literal', text: `"${date}"` } },
        message: `"${date}" is not on the calendar`,
      });
    },
  );

  it.each([
    '2024-02-29',
    '2000-02-29',
    '2024-12-31T23:59:59.999999999Z',
    '2024-06-01T08:30+14:00',
    '0000-02-29',
  ])('accepts the updatedAt %j', (date) => {
    const doc: Doc = fixtureInput();
    doc.updatedAt = date;
    expect(parseCurriculum(doc).issues).toBeUndefined();
  });

  it.each([
    ['id', 'Not An Id', '"Not An Id" is not a valid id; ids are lowercase letters'],
    ['defaultLocale', 'en_US', '"en_US" is not a language tag; use a BCP 47 tag'],
    ['version', '1.0', '"1.0" is not a semantic version; use MAJOR.MINOR.PATCH'],
    ['updatedAt', 'June 2024', '"June 2024" is not an ISO 8601 date; use "2024-06-01"'],
    ['authors', [{ name: 'A', url: 'mailto:a@b.example' }], 'is not an http(s) URL; links'],
  ])('explains what a %s in the wrong form should look like', (key, value, message) => {
    const issues = issuesAfter((doc) => {
      doc[key] = value;
    });
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'JaVaScRiPt:alert(1)',
    '//evil.example/x',
    ' https://example.org',
    '\thttps://example.org',
    'https://example.org\n',
    'java\tscript:alert(1)',
    '\u0000https://example.org',
    'https://exa mple.org',
    'https:/example.org',
    'https://',
    'https://@evil.example',
    'ftp://example.org/file',
    'example.org',
    '',
    // User info before the host disguises where the link goes: evil.example here.
    'https://good.example@evil.example/',
    'https://user:secret@example.org/',
    'http://good.example@evil.example',
    'https://good.example@evil.example?next=/',
    'HTTPS://a@b.example#top',
  ])('rejects the unsafe or malformed link %j', (url) => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].resources[0].url = url;
    });
    expect(issue.code).toBe('unsafe_url');
    expect(issue.message).toMatch(
      /; links must start with https:\/\/ or http:\/\/, with no user info \("…@"\) before the host$/,
    );
    expect(issue.path).toBe(`${TOPIC}.resources[0].url`);
  });

  it('checks author links like resource links', () => {
    const issue = only((doc) => {
      doc.authors[0].url = 'javascript:void(0)';
    });
    expect(issue).toMatchObject({ path: 'authors[0].url', code: 'unsafe_url' });
  });

  it('gives one clear message when text is neither a string nor a locale map', () => {
    for (const value of [5, null, true, ['a']]) {
      const issue = only((doc) => {
        doc.levels[1].title = value;
      });
      expect(issue.path).toBe('levels[1].title');
      expect(issue.code).toBe('invalid_type');
      expect(issue.message).toMatch(
        /^expected text: a non-empty string, or an object of locale -> text .*, got /,
      );
    }
  });

  it('points inside a locale map at the text that is wrong', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].title = { en: 5, 'zh-CN': '' };
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['levels[0].title.en', 'invalid_type'],
      ['levels[0].title["zh-CN"]', 'too_small'],
    ]);
    expect(issues[0]?.message).toBe('expected a string, got 5');
    expect(issues[1]?.message).toBe('must not be empty');
  });

  it('rejects locale keys that are not language tags', () => {
    const issue = only((doc) => {
      doc.title = { en: 'Web', 'english!': 'Web' };
    });
    expect(issue).toMatchObject({ path: 'title["english!"]', code: 'invalid_format' });
    expect(issue.message).toBe(
      '"english!" is not a language tag; use a BCP 47 tag like "en" or "zh-CN"',
    );
  });

  it('says a required field is missing and what belongs there', () => {
    const issues = issuesAfter((doc) => {
      delete doc.levels[0].modules[0].topics[0].title;
      delete doc.levels[0].modules[0].topics[0].kind;
      delete doc.levels[0].modules[0].topics[0].estimatedHours;
      delete doc.schemaVersion;
    });
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['schemaVersion', 'missing', 'required field is missing; expected 1'],
      [
        `${TOPIC}.title`,
        'missing',
        'required field is missing; expected text: a non-empty string, or an object of locale -> text such as {"en": "…"}',
      ],
      [
        `${TOPIC}.kind`,
        'missing',
        'required field is missing; expected one of "concept", "practice", "project"',
      ],
      [`${TOPIC}.estimatedHours`, 'missing', 'required field is missing; expected a number'],
    ]);
  });

  it('names the kind of object expected in a list', () => {
    const issue = only((doc) => {
      doc.levels[1].modules[0].topics[2] = 'animations';
    });
    expect(issue).toMatchObject({
      path: 'levels[1].modules[0].topics[2]',
      code: 'invalid_type',
      message: 'expected a topic (an object), got "animations"',
    });
  });

  it('writes "an" before a kind that starts with a vowel', () => {
    const issue = only((doc) => {
      doc.authors = ['Trailmark'];
    });
    expect(issue).toMatchObject({
      path: 'authors[0]',
      code: 'invalid_type',
      message: 'expected an author (an object), got "Trailmark"',
    });
  });

  it.each([
    [-1, 'too_small', 'expected a number greater than 0, got -1'],
    [0, 'too_small', 'expected a number greater than 0, got 0'],
    [1001, 'too_big', 'expected a number at most 1000, got 1001'],
    ['4', 'invalid_type', 'expected a number, got "4"'],
    [Number.NaN, 'invalid_type', 'expected a number, got NaN'],
  ])('checks estimatedHours %j', (hours, code, message) => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].estimatedHours = hours;
    });
    expect(issue).toMatchObject({ path: `${TOPIC}.estimatedHours`, code, message });
  });

  it.each([
    ['summary', ' \t\n '],
    ['license', '\u3000'],
  ])('rejects %s text of spaces only, %j', (key, value) => {
    const issue = only((doc) => {
      doc[key] = value;
    });
    expect(issue).toMatchObject({
      path: key,
      code: 'too_small',
      message: 'must contain a non-space character',
    });
  });

  it('rejects blank text inside a locale map, a level code and an author name', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].title = { en: 'Foundations', 'zh-CN': '  ' };
      doc.levels[0].code = ' ';
      doc.authors[0].name = '\n';
    });
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      // In document order: the fixture lists its authors before its levels.
      ['authors[0].name', 'too_small', 'must contain a non-space character'],
      ['levels[0].code', 'too_small', 'must contain a non-space character'],
      ['levels[0].title["zh-CN"]', 'too_small', 'must contain a non-space character'],
    ]);
  });

  it('accepts text with spaces around it, or of other characters only', () => {
    const result = parseCurriculum({ ...fixtureInput(), title: '  Web  ', summary: '·' });
    expect(result.ok).toBe(true);
  });

  it('rejects empty lists and text', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].modules[0].topics = [];
      doc.locales = [];
      doc.summary = '';
    });
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['summary', 'too_small', 'must not be empty'],
      ['locales', 'too_small', 'has 0 items; expected at least 1'],
      ['levels[0].modules[0].topics', 'too_small', 'has 0 items; expected at least 1'],
    ]);
  });

  it('reports over-long text briefly, even for a 10 MB string', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].title = huge;
    });
    expect(issue).toMatchObject({ path: `${TOPIC}.title`, code: 'too_big' });
    expect(issue.message).toBe('is too long; expected at most 300 characters');
  });

  it.each([
    ['id', 'Web Basics', 'invalid_format', /is not a valid id; ids are lowercase letters/],
    ['id', 'web--basics', 'invalid_format', /is not a valid id/],
    ['version', '1.0', 'invalid_format', /^"1.0" is not a semantic version; use MAJOR.MINOR.PATCH/],
    ['defaultLocale', 'english', 'invalid_format', /is not a language tag/],
    ['updatedAt', 'June 2024', 'invalid_format', /is not an ISO 8601 date; use "2024-06-01"/],
    ['schemaVersion', 2, 'invalid_value', /^expected 1, got 2$/],
    ['license', '', 'too_small', /^must not be empty$/],
  ])('checks %s = %j', (key, value, code, message) => {
    const issue = only((doc) => {
      doc[key] = value;
    });
    expect(issue.path).toBe(key);
    expect(issue.code).toBe(code);
    expect(issue.message).toMatch(message);
  });

  it('quotes long values only in part', () => {
    const long = `${'a'.repeat(500)} b`;
    const issue = only((doc) => {
      doc.id = long;
    });
    expect(issue.message.length).toBeLessThan(250);
    expect(issue.message).toMatch(/^"a{60}"… is not a valid id/);
  });
});

describe('parseCurriculum: inputs that are not a document', () => {
  it.each([
    [undefined, 'expected a curriculum (an object), got undefined'],
    [null, 'expected a curriculum (an object), got null'],
    [42, 'expected a curriculum (an object), got 42'],
    [[1, 2], 'expected a curriculum (an object), got a list'],
    ['', 'expected a curriculum (an object), got an empty string'],
    [() => 1, 'expected a curriculum (an object), got a function'],
    [Symbol('x'), 'expected a curriculum (an object), got a symbol'],
    [10n, 'expected a curriculum (an object), got 10'],
  ])('reports %s at the root', (input, message) => {
    const result = parseCurriculum(input);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          segments: [],
          code: 'invalid_type',
          params: { expected: { type: 'object', noun: 'curriculum' }, got: summarizeValue(input) },
          message,
        },
      ],
    });
  });

  it('handles a 10 MB string without putting it in the message', () => {
    const result = parseCurriculum(`{"id": "${'x'.repeat(10 * 1024 * 1024)}"}`);
    expect(result.ok).toBe(false);
    expect(result.issues?.[0]?.message.length).toBeLessThan(200);
  });

  it('keeps a 10 MB unknown key out of the path and the message', () => {
    const key = 'k'.repeat(10 * 1024 * 1024);
    const issue = only((doc) => {
      doc[key] = 1;
    });
    expect(issue.code).toBe('unknown_key');
    expect(issue.segments).toEqual([key]);
    expect(issue.path).toBe(`["${'k'.repeat(60)}"…]`);
    expect(issue.message.length).toBeLessThan(300);
  });

  it('handles cyclic objects', () => {
    const doc: Doc = fixtureInput();
    doc.levels[0].self = doc;
    doc.levels[0].modules[0].topics[0].resources[0].loop = doc.levels[0].modules[0].topics[0];
    const issues = parseCurriculum(doc).issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([
      'levels[0].modules[0].topics[0].resources[0].loop',
      'levels[0].self',
    ]);
  });

  it('turns a getter that throws into one unreadable_input issue', () => {
    const doc: Doc = fixtureInput();
    Object.defineProperty(doc.levels[1], 'title', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(parseCurriculum(doc)).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          segments: [],
          code: 'unreadable_input',
          params: {},
          message: 'reading the input threw; pass plain data, such as what JSON.parse returns',
        },
      ],
    });
  });

  it('turns throwing and revoked Proxies into unreadable_input', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const throwing = new Proxy(fixtureInput(), { get: trap, ownKeys: trap, has: trap });
    const { proxy, revoke } = Proxy.revocable(fixtureInput(), {});
    revoke();
    for (const input of [throwing, proxy]) {
      const result = parseCurriculum(input);
      expect(result.ok).toBe(false);
      expect(result.issues?.map((issue) => issue.code)).toEqual(['unreadable_input']);
    }
  });

  it('says a document with too many problems to check is too big, not unreadable', () => {
    // 300,000 broken levels: more issues than zod can gather without overflowing the stack.
    expect(parseCurriculum({ schemaVersion: 1, levels: new Array(300_000).fill(0) })).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          segments: [],
          code: 'too_big',
          params: { origin: 'document' },
          message: 'has too many problems to check',
        },
      ],
    });
  });

  it('reads a well-behaved Proxy like the object behind it', () => {
    expect(parseCurriculum(new Proxy(fixtureInput(), {})).ok).toBe(true);
  });

  it('rejects prototype-polluting keys without polluting anything', () => {
    const text = JSON.stringify(fixtureInput()).replace(
      '"schemaVersion":1,',
      '"schemaVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const result = parseCurriculum(JSON.parse(text));
    expect(result.issues?.map((issue) => [issue.path, issue.code])).toEqual([
      ['__proto__', 'unknown_key'],
      ['constructor', 'unknown_key'],
    ]);
    expect(({} as Doc).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never lets a __proto__ key inside text change a prototype', () => {
    const text = JSON.stringify(fixtureInput()).replace(
      '"title":{"en":"Web basics"',
      '"title":{"__proto__":{"polluted":true},"en":"Web basics"',
    );
    const result = parseCurriculum(JSON.parse(text));
    expect(result.ok).toBe(true);
    const title = result.ok ? result.value.title : undefined;
    expect(Object.getPrototypeOf(title)).toBe(Object.prototype);
    expect(Object.keys(title as object)).toEqual(['en', 'zh-CN']);
    expect(({} as Doc).polluted).toBeUndefined();
  });
});

describe('parseCurriculum: whole-document checks', () => {
  it.each([
    ['level', (doc: Doc) => (doc.levels[1].id = 'l1'), 'levels[1].id', 'levels[0]'],
    [
      'module',
      (doc: Doc) => (doc.levels[1].modules[0].id = 'markup-module'),
      'levels[1].modules[0].id',
      'levels[0].modules[0]',
    ],
    [
      'topic',
      (doc: Doc) => (doc.levels[2].modules[0].topics[0].id = 'css'),
      'levels[2].modules[0].topics[0].id',
      'levels[0].modules[0].topics[1]',
    ],
    ['skill', (doc: Doc) => (doc.skills[1].id = 'markup'), 'skills[1].id', 'skills[0]'],
    [
      'role',
      (doc: Doc) => doc.roles.push({ id: 'frontend', title: 'Again', summary: 'Twice.' }),
      'roles[1].id',
      'roles[0]',
    ],
  ])('rejects a duplicate %s id, pointing at the first use', (kind, change, path, first) => {
    const issues = issuesAfter(change);
    const duplicate = issues.find((issue) => issue.code === 'duplicate_id');
    expect(duplicate?.path).toBe(path);
    expect(duplicate?.message).toMatch(
      new RegExp(
        `^${kind} id ".+" is already used by ${first.replace(/[[\]]/g, '\\$&')}; give each ${kind} its own id$`,
      ),
    );
  });

  it('rejects references to ids that do not exist, suggesting near misses', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].modules[0].topics[1].prerequisites = ['htm'];
      doc.levels[0].modules[0].topics[0].skills = ['scriptng'];
      doc.levels[0].skills = ['nothing-like-it'];
      doc.levels[0].roles = ['backend'];
    });
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'levels[0].roles[0]',
        'unknown_reference',
        'no role has the id "backend"; use the id of a role of this curriculum',
      ],
      [
        'levels[0].skills[0]',
        'unknown_reference',
        'no skill has the id "nothing-like-it"; use the id of a skill of this curriculum',
      ],
      [
        'levels[0].modules[0].topics[0].skills[0]',
        'unknown_reference',
        'no skill has the id "scriptng"; use the id of a skill of this curriculum — did you mean "scripting"?',
      ],
      [
        'levels[0].modules[0].topics[1].prerequisites[0]',
        'unknown_reference',
        'no topic has the id "htm"; use the id of a topic of this curriculum — did you mean "html"?',
      ],
    ]);
  });

  it('accepts a prerequisite written later in the document', () => {
    const doc: Doc = fixtureInput();
    doc.levels[0].modules[0].topics[0].prerequisites = ['engines'];
    doc.levels[2].modules[0].topics[0].prerequisites = [];
    expect(parseCurriculum(doc).ok).toBe(true);
  });

  it('rejects a topic listing itself', () => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[1].prerequisites = ['html', 'css'];
    });
    expect(issue).toEqual({
      path: 'levels[0].modules[0].topics[1].prerequisites[1]',
      segments: ['levels', 0, 'modules', 0, 'topics', 1, 'prerequisites', 1],
      code: 'prerequisite_cycle',
      params: { cycle: ['css'] },
      message: 'topic "css" lists itself as a prerequisite; remove it',
    });
  });

  it('shows a prerequisite cycle once, as the path around it', () => {
    const issue = only((doc) => {
      doc.levels[0].modules[0].topics[0].id = 'rag';
      doc.levels[0].modules[0].topics[0].prerequisites = ['embeddings'];
      doc.levels[0].modules[0].topics[1].id = 'embeddings';
      doc.levels[0].modules[0].topics[1].prerequisites = ['rag'];
      doc.levels[1].modules[0].topics[0].prerequisites = ['rag'];
      doc.levels[1].modules[0].topics[1].prerequisites = ['javascript', 'embeddings'];
      doc.levels[1].modules[0].topics[2].prerequisites = ['embeddings'];
    });
    expect(issue).toEqual({
      path: 'levels[0].modules[0].topics[0].prerequisites[0]',
      segments: ['levels', 0, 'modules', 0, 'topics', 0, 'prerequisites', 0],
      code: 'prerequisite_cycle',
      params: { cycle: ['rag', 'embeddings', 'rag'] },
      message:
        'prerequisites form a cycle: rag -> embeddings -> rag; remove one of these prerequisites',
    });
  });

  it('reports each of two separate cycles, and a long cycle once', () => {
    const issues = issuesAfter((doc) => {
      // html -> todo-app -> dom -> css -> html, and javascript <-> animations.
      doc.levels[0].modules[0].topics[0].prerequisites = ['todo-app'];
      doc.levels[1].modules[0].topics[0].prerequisites = ['animations'];
      doc.levels[1].modules[0].topics[2].prerequisites = ['javascript'];
    });
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'levels[0].modules[0].topics[0].prerequisites[0]',
        'prerequisite_cycle',
        'prerequisites form a cycle: html -> todo-app -> dom -> css -> html; remove one of these prerequisites',
      ],
      [
        'levels[1].modules[0].topics[0].prerequisites[0]',
        'prerequisite_cycle',
        'prerequisites form a cycle: javascript -> animations -> javascript; remove one of these prerequisites',
      ],
    ]);
  });

  it('requires the defaultLocale in locales and in every translated text', () => {
    const issues = issuesAfter((doc) => {
      doc.locales = ['zh-CN'];
      doc.title = { 'zh-CN': '网页基础' };
      doc.levels[0].outcomes = [{ 'zh-CN': '手写网页' }];
      doc.levels[0].modules[0].topics[0].resources[0].title = { 'zh-CN': 'MDN' };
      doc.skills[0].name = {};
      doc.roles[0].summary = { EN: 'Builds UIs' };
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['title', 'missing_locale'],
      ['locales', 'missing_locale'],
      ['skills[0].name', 'missing_locale'],
      ['roles[0].summary', 'missing_locale'],
      ['levels[0].outcomes[0]', 'missing_locale'],
      ['levels[0].modules[0].topics[0].resources[0].title', 'missing_locale'],
    ]);
    expect(issues[0]?.message).toBe('has no text for the defaultLocale "en"; add it');
    expect(issues[1]?.message).toBe('does not include the defaultLocale "en"; add it');
  });

  it('reads plain strings as text in the defaultLocale, whichever it is', () => {
    const doc: Doc = fixtureInput();
    doc.defaultLocale = 'zh-CN';
    expect(parseCurriculum(doc).ok).toBe(true);
    doc.levels[1].title = { en: 'Interactivity' };
    expect(parseCurriculum(doc).issues?.map((issue) => issue.path)).toEqual(['levels[1].title']);
  });

  it.each(['https://[::1', 'http://example.org:99999/', 'https://exa%mple.org'])(
    'rejects the link %j that is http(s) but does not parse',
    (url) => {
      const issue = only((doc) => {
        doc.levels[0].modules[0].topics[0].resources[0].url = url;
      });
      expect(issue).toMatchObject({
        path: `${TOPIC}.resources[0].url`,
        code: 'invalid_format',
        message: `${JSON.stringify(url)} is not a valid URL; check it for typos`,
      });
    },
  );

  it('checks the whole document when the shape is wrong too, in document order', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[1].id = 'l1';
      doc.levels[0].modules[0].topics[0].kind = 'lecture';
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [`${TOPIC}.kind`, 'invalid_value'],
      ['levels[1].id', 'duplicate_id'],
    ]);
  });
});

describe('parseCurriculum: parsed curricula are immutable and parsed once', () => {
  /** Every object and array inside `value`, `value` first. */
  function objectsIn(value: unknown): object[] {
    if (typeof value !== 'object' || value === null) return [];
    return [value, ...Object.values(value).flatMap(objectsIn)];
  }

  it('deep-freezes the curriculum it returns, and nothing of the input', () => {
    const input = fixtureInput();
    const value = assertCurriculum(input);
    const inside = objectsIn(value);
    expect(inside.length).toBeGreaterThan(50);
    expect(inside.filter((object) => !Object.isFrozen(object))).toEqual([]);
    expect(objectsIn(input).filter((object) => Object.isFrozen(object))).toEqual([]);
  });

  it('throws on any change to a parsed curriculum (modules are strict code)', () => {
    const value: Doc = fixture();
    expect(() => {
      value.levels[0].modules[0].topics[0].prerequisites.push('css');
    }).toThrow(TypeError);
    expect(() => {
      value.levels[0].modules[0].topics[0].resources[0].url = 'javascript:alert(1)';
    }).toThrow(TypeError);
    expect(() => {
      value.title.en = '';
    }).toThrow(TypeError);
    expect(parseCurriculum(value).ok).toBe(true);
  });

  it('returns a parsed curriculum as is when given it again', () => {
    const value = fixture();
    const again = parseCurriculum(value);
    expect(again).toEqual({ ok: true, value });
    expect(again.value).toBe(value);
    expect(assertCurriculum(value)).toBe(value);
  });

  it('returns the built-in roadmap, parsed when its module loaded, as is', () => {
    expect(Object.isFrozen(llmEngineer.levels[0]?.modules[0]?.topics[0])).toBe(true);
    expect(parseCurriculum(llmEngineer).value).toBe(llmEngineer);
  });

  it('checks a copy of a parsed curriculum like any other input', () => {
    const copy: Doc = structuredClone(fixture());
    const result = parseCurriculum(copy);
    expect(result.ok && result.value).not.toBe(copy);
    copy.levels[0].modules[0].topics[0].kind = 'lecture';
    expect(parseCurriculum(copy).issues?.map((issue) => issue.path)).toEqual([`${TOPIC}.kind`]);
  });

  it('does not recognise a rejected document when given it again', () => {
    const doc: Doc = fixtureInput();
    doc.version = '1';
    expect(parseCurriculum(doc).ok).toBe(false);
    expect(parseCurriculum(doc).ok).toBe(false);
  });
});

describe('assertCurriculum, CurriculumError, formatIssues, defineCurriculum', () => {
  it('returns the parsed curriculum', () => {
    expect(assertCurriculum(fixtureInput())).toEqual(fixture());
  });

  it('throws one CurriculumError listing every issue', () => {
    const doc: Doc = fixtureInput();
    doc.levels[0].modules[0].topics[0].kind = 'lecture';
    doc.version = '1';
    let error: unknown;
    try {
      assertCurriculum(doc);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CurriculumError);
    expect(error).toBeInstanceOf(Error);
    const { issues, message, name } = error as CurriculumError;
    expect(name).toBe('CurriculumError');
    expect(issues.map((issue) => issue.path)).toEqual(['version', `${TOPIC}.kind`]);
    expect(message).toBe(
      [
        'Invalid curriculum:',
        'version: "1" is not a semantic version; use MAJOR.MINOR.PATCH like "1.0.0"',
        `${TOPIC}.kind: expected one of "concept", "practice", "project", got "lecture"`,
      ].join('\n'),
    );
  });

  it('writes an issue of the whole document as (root)', () => {
    expect(() => assertCurriculum(null)).toThrow(
      /^Invalid curriculum:\n\(root\): expected a curriculum/,
    );
  });

  it('formats issues one per line, path then message', () => {
    expect(
      formatIssues([
        { path: '(root)', message: 'a' },
        { path: 'levels[0].id', message: 'b' },
      ]),
    ).toBe('(root): a\nlevels[0].id: b');
    expect(formatIssues([])).toBe('');
  });

  it('defineCurriculum returns its argument unchanged', () => {
    const input = fixtureInput();
    expect(defineCurriculum(input)).toBe(input);
  });
});

describe('parseCurriculum: every problem in one run', () => {
  const T = (level: number, topic: number) => `levels[${level}].modules[0].topics[${topic}]`;
  const pathsAndCodes = (issues: CurriculumIssue[]) =>
    issues.map((issue) => [issue.path, issue.code]);

  it('reports an unknown key, a javascript: link, a cycle and a dangling prerequisite together, in document order', () => {
    const issues = issuesAfter((doc) => {
      Object.assign(doc.levels[1].modules[0].topics[1], { hours: 5 });
      doc.levels[0].modules[0].topics[0].resources[0].url = 'javascript:alert(1)';
      // javascript requires html; html now requires javascript.
      doc.levels[0].modules[0].topics[0].prerequisites = ['javascript'];
      doc.levels[1].modules[0].topics[2].prerequisites = ['css', 'transitions'];
    });
    // html's prerequisites are a new key, written after its resources.
    expect(pathsAndCodes(issues)).toEqual([
      [`${T(0, 0)}.resources[0].url`, 'unsafe_url'],
      [`${T(0, 0)}.prerequisites[0]`, 'prerequisite_cycle'],
      [`${T(1, 1)}.hours`, 'unknown_key'],
      [`${T(1, 2)}.prerequisites[1]`, 'unknown_reference'],
    ]);
  });

  it('orders a missing key at the start of the object that lacks it', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].modules[0].topics[0].kind = 'lecture';
      delete doc.levels[0].modules[0].topics[0].summary;
    });
    expect(pathsAndCodes(issues)).toEqual([
      [`${T(0, 0)}.summary`, 'missing'],
      [`${T(0, 0)}.kind`, 'invalid_value'],
    ]);
  });

  // Each change breaks the shape and, were the broken part read as it is, would also make a
  // whole-document rule fail: only the shape issue may be reported.
  it.each<[string, (doc: Doc) => void, string]>([
    [
      'a topic id that is not an id, which other topics require',
      (doc) => {
        doc.levels[0].modules[0].topics[0].id = 'HTML';
      },
      `${T(0, 0)}.id`,
    ],
    [
      'a topic without an id',
      (doc) => {
        delete (doc.levels[0].modules[0].topics[0] as { id?: string }).id;
      },
      `${T(0, 0)}.id`,
    ],
    [
      'a topic that is not an object',
      (doc) => {
        (doc.levels[0].modules[0].topics as unknown[])[0] = 'html';
      },
      T(0, 0),
    ],
    [
      'a module whose topics are not a list',
      (doc) => {
        (doc.levels[0].modules[0] as { topics: unknown }).topics = 'html, css';
      },
      'levels[0].modules[0].topics',
    ],
    [
      'an empty list of topics',
      (doc) => {
        doc.levels[0].modules[0].topics = [];
      },
      'levels[0].modules[0].topics',
    ],
    [
      'a skill with a malformed id, which a level and a topic name',
      (doc) => {
        (doc.skills as { id: string }[])[0] = {
          ...(doc.skills as { id: string }[])[0],
          id: 'Markup',
        } as never;
      },
      'skills[0].id',
    ],
    [
      'roles that are not a list',
      (doc) => {
        (doc as { roles: unknown }).roles = { id: 'frontend' };
      },
      'roles',
    ],
    [
      'a malformed defaultLocale, which no text then has',
      (doc) => {
        doc.defaultLocale = 'english!';
      },
      'defaultLocale',
    ],
    [
      'a text that is a number',
      (doc) => {
        (doc.levels[0] as { title: unknown }).title = 5;
      },
      'levels[0].title',
    ],
    [
      'a locale map with a malformed tag beside the default one',
      (doc) => {
        doc.title = { en: 'Web', 'english!': 'Web' };
      },
      'title["english!"]',
    ],
    [
      'a prerequisite that is not an id',
      (doc) => {
        doc.levels[0].modules[0].topics[1].prerequisites = ['HTML'];
      },
      `${T(0, 1)}.prerequisites[0]`,
    ],
    [
      'prerequisites that are a string, not a list',
      (doc) => {
        (doc.levels[0].modules[0].topics[1] as { prerequisites: unknown }).prerequisites = 'css';
      },
      `${T(0, 1)}.prerequisites`,
    ],
    [
      'a link that is not http(s) and does not parse either',
      (doc) => {
        doc.levels[0].modules[0].topics[0].resources[0].url = 'https://[::1 evil';
      },
      `${T(0, 0)}.resources[0].url`,
    ],
    [
      'an updatedAt that is not a date',
      (doc) => {
        doc.updatedAt = '2024-02-30 noon';
      },
      'updatedAt',
    ],
  ])('reports only the shape issue for %s', (_, change, path) => {
    const issues = issuesAfter(change);
    expect(
      issues.map((issue) => issue.path),
      formatIssues(issues),
    ).toEqual([path]);
  });

  it('still judges references to a kind whose things were all read', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].modules[0].topics[0].id = 'HTML';
      doc.levels[0].skills = ['markup', 'styling'];
    });
    expect(pathsAndCodes(issues)).toEqual([
      ['levels[0].skills[1]', 'unknown_reference'],
      [`${T(0, 0)}.id`, 'invalid_format'],
    ]);
  });

  it('never reports the same problem twice', () => {
    const issues = issuesAfter((doc) => {
      doc.levels[0].modules[0].topics[0].resources[0].url = 'ftp://[::1';
      doc.levels[1].id = 'l1';
      doc.levels[1].title = 7 as never;
    });
    expect(pathsAndCodes(issues)).toEqual([
      [`${T(0, 0)}.resources[0].url`, 'unsafe_url'],
      ['levels[1].id', 'duplicate_id'],
      ['levels[1].title', 'invalid_type'],
    ]);
  });
});
