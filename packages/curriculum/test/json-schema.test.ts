/**
 * The shipped JSON Schema (dist/schema.json, built by `npm run build`) against parseCurriculum:
 * both must accept and reject the same documents at the shape level. Whole-document rules
 * (unique ids, references, cycles, the default locale, URLs that parse, dates on the calendar) are
 * beyond JSON Schema; those cases are pinned here as accepted by the schema and rejected by
 * parseCurriculum.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type IssueCode, parseCurriculum } from '../src/index.js';
import { Curriculum } from '../src/schema.js';
import { fixture, fixtureInput } from './fixture.js';
import { mutate, mutations } from './mutations.js';

const file = new URL('../dist/schema.json', import.meta.url);
if (!existsSync(file)) throw new Error('dist/schema.json is missing: run `npm run build` first');
const schema = JSON.parse(readFileSync(file, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
// Annotations for editors (VS Code, yaml-language-server); they validate nothing.
ajv.addVocabulary(['markdownDescription', 'patternErrorMessage']);
const validate = ajv.compile(schema);

// biome-ignore lint/suspicious/noExplicitAny: documents are broken on purpose.
type Doc = any;
const changed = (change: (doc: Doc) => void) => {
  const doc = fixtureInput();
  change(doc);
  return doc;
};
const topic = (doc: Doc) => doc.levels[0].modules[0].topics[0];

describe('dist/schema.json', () => {
  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:trailmark:curriculum:schema-version:1');
    expect(schema.title).toBe('Trailmark curriculum');
    expect(schema.description).toMatch(/parseCurriculum also checks/);
  });

  /** Every object schema in the tree, with where it is. */
  function* objects(node: Doc, at = '#'): Generator<[string, Doc]> {
    if (node === null || typeof node !== 'object') return;
    if (node.properties) yield [at, node];
    for (const [key, value] of Object.entries(node)) yield* objects(value, `${at}/${key}`);
  }

  it('documents every field, in plain text and Markdown, from the JSDoc of src/schema.ts', () => {
    const undocumented: string[] = [];
    for (const [at, node] of objects(schema)) {
      for (const [key, field] of Object.entries<Doc>(node.properties)) {
        if (!field.description || field.markdownDescription !== field.description) {
          undocumented.push(`${at}/properties/${key}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
    const topic = schema.properties.levels.items.properties.modules.items.properties.topics.items;
    expect(topic.description).toBe('One thing to learn or do.');
    expect(topic.properties.estimatedHours.description).toBe(
      'An estimate of study hours for a typical learner.',
    );
  });

  it('words every pattern as parseCurriculum does, not as the regular expression', () => {
    const topic = schema.properties.levels.items.properties.modules.items.properties.topics.items;
    expect(topic.properties.id.patternErrorMessage).toBe(
      'The value is not a valid id; ids are lowercase letters and digits joined by hyphens, like "rag" or "transformer-basics"',
    );
    expect(topic.properties.resources.items.properties.url.patternErrorMessage).toMatch(
      /^The value is not an http\(s\) URL; links must start with https:\/\/ or http:\/\//,
    );
    const patterns = JSON.stringify(schema).match(/"pattern":/g)?.length;
    const worded = JSON.stringify(schema).match(/"patternErrorMessage":/g)?.length;
    expect(worded).toBe(patterns);
  });

  it.each([
    ['the fixture', fixtureInput()],
    ['the fixture after parsing (defaults written out)', fixture()],
    [
      'links with http and upper-case schemes',
      changed((doc) => {
        topic(doc).resources[0].url = 'HTTP://example.org/a?b#c';
      }),
    ],
    [
      'text as a plain string',
      changed((doc) => {
        doc.title = 'Web';
      }),
    ],
    [
      'a link with "@" in its path',
      changed((doc) => {
        topic(doc).resources[0].url = 'https://medium.com/@someone/a-post';
      }),
    ],
    [
      'a leap day and a date-time with an offset',
      changed((doc) => {
        doc.updatedAt = '2024-02-29T08:30:00+14:00';
      }),
    ],
  ])('accepts %s, as parseCurriculum does', (_name, doc) => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(parseCurriculum(doc).ok).toBe(true);
  });

  it.each([
    [
      'an unknown topic kind',
      changed((doc) => {
        topic(doc).kind = 'lecture';
      }),
    ],
    [
      'an unknown key',
      changed((doc) => {
        topic(doc).prerequisite = [];
      }),
    ],
    [
      'a javascript: link',
      changed((doc) => {
        topic(doc).resources[0].url = 'javascript:alert(1)';
      }),
    ],
    [
      'a protocol-relative link',
      changed((doc) => {
        topic(doc).resources[0].url = '//evil.example';
      }),
    ],
    [
      'a link with a leading space',
      changed((doc) => {
        topic(doc).resources[0].url = ' https://example.org';
      }),
    ],
    [
      'text that is a number',
      changed((doc) => {
        doc.title = 5;
      }),
    ],
    [
      'a title of spaces only',
      changed((doc) => {
        doc.title = '   ';
      }),
    ],
    [
      'a translated title of spaces only',
      changed((doc) => {
        doc.title = { en: 'Web basics', 'zh-CN': '\u3000' };
      }),
    ],
    [
      'a text map with a number',
      changed((doc) => {
        doc.title = { en: 5 };
      }),
    ],
    [
      'a text map with a bad locale tag',
      changed((doc) => {
        doc.title = { en: 'x', 'en_US!': 'x' };
      }),
    ],
    [
      'empty text',
      changed((doc) => {
        doc.summary = '';
      }),
    ],
    [
      'a missing title',
      changed((doc) => {
        delete topic(doc).title;
      }),
    ],
    [
      'negative hours',
      changed((doc) => {
        topic(doc).estimatedHours = -1;
      }),
    ],
    [
      'zero hours',
      changed((doc) => {
        topic(doc).estimatedHours = 0;
      }),
    ],
    [
      'too many hours',
      changed((doc) => {
        topic(doc).estimatedHours = 1001;
      }),
    ],
    [
      'hours as text',
      changed((doc) => {
        topic(doc).estimatedHours = '4';
      }),
    ],
    [
      'a module without topics',
      changed((doc) => {
        doc.levels[0].modules[0].topics = [];
      }),
    ],
    [
      'no levels',
      changed((doc) => {
        doc.levels = [];
      }),
    ],
    [
      'an over-long title',
      changed((doc) => {
        topic(doc).title = 'x'.repeat(301);
      }),
    ],
    [
      'an id that is not kebab-case',
      changed((doc) => {
        doc.id = 'Web Basics';
      }),
    ],
    [
      'a version that is not semver',
      changed((doc) => {
        doc.version = '1.0';
      }),
    ],
    [
      'another schemaVersion',
      changed((doc) => {
        doc.schemaVersion = 2;
      }),
    ],
    [
      'a date that is not ISO 8601',
      changed((doc) => {
        doc.updatedAt = 'June 2024';
      }),
    ],
    [
      'a month 13 and a day 45',
      changed((doc) => {
        doc.updatedAt = '2024-13-45';
      }),
    ],
    [
      'an hour 25',
      changed((doc) => {
        doc.updatedAt = '2024-06-01T25:00:00Z';
      }),
    ],
    [
      'a link whose user info disguises its host',
      changed((doc) => {
        topic(doc).resources[0].url = 'https://good.example@evil.example/';
      }),
    ],
    [
      'an author link with user info',
      changed((doc) => {
        doc.authors[0].url = 'https://user:secret@example.org/';
      }),
    ],
    [
      'a level code that is too long',
      changed((doc) => {
        doc.levels[0].code = 'LEVEL-ONE-TWO';
      }),
    ],
    ['an array', []],
    ['a string', 'curriculum'],
    ['null', null],
  ])('rejects %s, as parseCurriculum does', (_name, doc) => {
    expect(validate(doc)).toBe(false);
    const result = parseCurriculum(doc);
    expect(result.ok).toBe(false);
  });

  it.each<[string, Doc, IssueCode]>([
    [
      'a duplicate topic id',
      changed((doc) => {
        doc.levels[2].modules[0].topics[0].id = 'css';
      }),
      'duplicate_id',
    ],
    [
      'a prerequisite that names no topic',
      changed((doc) => {
        topic(doc).prerequisites = ['nope'];
      }),
      'unknown_reference',
    ],
    [
      'a skill that names no skill',
      changed((doc) => {
        doc.levels[0].skills = ['nope'];
      }),
      'unknown_reference',
    ],
    [
      'a topic requiring itself',
      changed((doc) => {
        topic(doc).prerequisites = ['html'];
      }),
      'prerequisite_cycle',
    ],
    [
      'a prerequisite cycle',
      changed((doc) => {
        topic(doc).prerequisites = ['todo-app'];
      }),
      'prerequisite_cycle',
    ],
    [
      'locales without the defaultLocale',
      changed((doc) => {
        doc.locales = ['zh-CN'];
      }),
      'missing_locale',
    ],
    [
      'text without the defaultLocale',
      changed((doc) => {
        doc.title = { 'zh-CN': '网页' };
      }),
      'missing_locale',
    ],
    [
      'an http(s) link that does not parse',
      changed((doc) => {
        topic(doc).resources[0].url = 'https://[::1';
      }),
      'invalid_format',
    ],
    [
      'a day its month does not have',
      changed((doc) => {
        doc.updatedAt = '2023-02-29';
      }),
      'invalid_format',
    ],
  ])('accepts %s, which only parseCurriculum can reject', (_name, doc, code) => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(parseCurriculum(doc).issues?.map((issue) => issue.code))).toEqual(
      new Set([code]),
    );
  });

  it('measures text in characters (code points), as parseCurriculum does', () => {
    const fits = changed((doc) => {
      topic(doc).title = '😀'.repeat(300);
    });
    const tooLong = changed((doc) => {
      topic(doc).title = '😀'.repeat(301);
    });
    expect([validate(fits), parseCurriculum(fits).ok]).toEqual([true, true]);
    expect([validate(tooLong), parseCurriculum(tooLong).ok]).toEqual([false, false]);
  });

  // The one known difference, documented in the README.
  it('rejects a "__proto__" key in a text map, which parseCurriculum drops', () => {
    const doc = JSON.parse(
      JSON.stringify(fixtureInput()).replace(
        '"title":{"en":"Web basics"',
        '"title":{"__proto__":"x","en":"Web basics"',
      ),
    );
    expect(validate(doc)).toBe(false);
    expect(parseCurriculum(doc).ok).toBe(true);
  });

  test.prop([mutations], { numRuns: 1_500 })(
    'agrees with the zod schema on random changes to a valid curriculum',
    (changes) => {
      const doc = mutate(fixtureInput(), changes);
      const json = JSON.stringify(doc);
      // The one known difference that random changes can produce (see the test above).
      fc.pre(!json.includes('"__proto__"'));
      expect(validate(JSON.parse(json))).toBe(z.safeParse(Curriculum, doc).success);
    },
  );
});
