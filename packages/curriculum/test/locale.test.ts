import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type AllIssueParams,
  type AnyIssueCode,
  type CodedIssue,
  parseCurriculum,
  parseProgress,
  TOPIC_STATUSES,
} from '../src/index.js';
import {
  describeIssue,
  enIssueWords,
  enLabels,
  fillMessage,
  formatList,
  ISSUE_WORDS,
  LABELS,
  labelsFor,
  matchLocale,
  UI_LOCALES,
  uiLocaleFor,
  zhCNIssueWords,
  zhCNLabels,
} from '../src/locale/index.js';
import { readSource } from '../src/source.js';
import { fixtureInput } from './fixture.js';

const text = (value: string) => ({ type: 'literal', text: JSON.stringify(value) }) as const;

/**
 * Params of every shape each code takes, curriculum, progress and syntax alike. Typed by code:
 * adding a code to `IssueParams`, `ProgressIssueParams` or `SyntaxIssueParams` without samples here
 * does not compile, so every code's words are tested in every language.
 */
const SAMPLES: { [C in AnyIssueCode]: AllIssueParams[C][] } = {
  invalid_type: [
    { expected: { type: 'text' }, got: { type: 'list' } },
    { expected: { type: 'object', noun: 'level' }, got: text('x') },
    { expected: { type: 'number' }, got: { type: 'empty_string' } },
    { expected: { type: 'list' }, got: { type: 'function' } },
  ],
  missing: [{ expected: { type: 'object', noun: 'author' } }, { expected: { type: 'string' } }],
  unknown_key: [
    { key: 'prerequisite', allowed: ['prerequisites', 'skills'], suggestion: 'prerequisites' },
    { key: 'salary', allowed: ['id', 'title', 'summary'] },
  ],
  invalid_value: [
    { expected: { type: 'one_of', values: ['"concept"', '"practice"'] }, got: text('lecture') },
    { expected: { type: 'one_of', values: ['1'] }, got: { type: 'literal', text: '2' } },
    { got: { type: 'symbol' } },
  ],
  too_small: [
    { origin: 'text', blank: true },
    { origin: 'text', blank: false },
    { origin: 'string', limit: 1 },
    { origin: 'array', limit: 1, count: 0 },
    { origin: 'number', limit: 0, inclusive: false, got: { type: 'literal', text: '0' } },
    { origin: 'number', limit: 0, inclusive: true, got: { type: 'literal', text: '-1' } },
  ],
  too_big: [
    { origin: 'document' },
    { origin: 'string', limit: 200 },
    { origin: 'array', limit: 2, count: 3 },
    { origin: 'number', limit: 10_000, inclusive: true, got: { type: 'literal', text: '1e9' } },
    { origin: 'number', limit: 5, inclusive: false, got: { type: 'literal', text: '5' } },
  ],
  invalid_format: (['id', 'locale', 'version', 'date', 'calendar_date', 'url'] as const).map(
    (format) => ({ format, got: text('Not A Slug') }),
  ),
  unsafe_url: [{ got: text('javascript:alert(1)') }],
  duplicate_id: [{ kind: 'topic', id: 'rag', firstPath: 'levels[0].modules[0].topics[0]' }],
  unknown_reference: [
    { kind: 'skill', id: 'pyton', suggestion: 'python' },
    { kind: 'role', id: 'ceo' },
  ],
  prerequisite_cycle: [{ cycle: ['rag'] }, { cycle: ['rag', 'embeddings', 'rag'] }],
  missing_locale: [
    { locale: 'en', where: 'text' },
    { locale: 'en', where: 'locales' },
  ],
  unreadable_input: [{}],

  not_json: [{}],
  not_progress: [
    { got: { type: 'list' } },
    { field: 'curriculumId', got: { type: 'literal', text: 'undefined' } },
    { field: 'schemaVersion', got: text('1') },
    { field: 'topics', got: { type: 'list' } },
  ],
  other_curriculum: [{ got: 'web-basics', expected: 'llm-engineer' }],
  unsupported_version: [{ got: 2, expected: 1 }],
  unreadable_progress: [{}, { reason: 'NotReadableError: the file was removed' }],
  invalid_topic_id: [{ topic: 'Not An Id' }],
  invalid_entry: [{ topic: 'rag', statuses: TOPIC_STATUSES }],
  unknown_topic: [{ topic: 'nope', curriculumId: 'llm-engineer' }],

  empty: [{}],
  duplicate_key: [{ key: 'id' }],
  too_deep: [{ limit: 100 }],
  too_many_aliases: [{ limit: 100 }],
  non_finite_number: [{ number: '1e400' }, { number: '.inf' }],
  unsupported_tag: [{ tag: 'tag:yaml.org,2002:binary' }],
  unsupported_key: [{}],
  circular_alias: [{ alias: 'a' }],
  multiple_documents: [{}],
  yaml_syntax: [{ detail: 'Missing closing "quote', yamlCode: 'MISSING_CHAR' }],
  yaml_indent: [
    { key: 'summary', column: 6, expected: 5, line: 12 },
    { key: 'title', column: 3, expected: 5, line: 2 },
    { column: 4, expected: 3, line: 2 },
  ],
  yaml_tab_indent: [{}],
  yaml_colon_in_value: [{ value: 'RAG: retrieval' }],
  yaml_colon_space: [{ text: 'title:Web' }],
  yaml_unclosed_quote: [{ quote: '"' }, { quote: "'" }],
  yaml_unclosed_flow: [{ closer: ']' }, { closer: '}' }],
  yaml_reserved_start: [{ char: '@' }, { char: '`' }],
  yaml_text_after_quote: [{}],
  yaml_comment_space: [{}],
  yaml_expected_key: [{}],
  json_expected_value: [{ found: 'N' }, { found: '"' }, { found: 'U+00A0' }],
  json_expected_property_name: [{ found: "'" }],
  json_expected_colon: [{ found: '1' }],
  json_expected_comma_or_brace: [{ found: '"' }],
  json_expected_comma_or_bracket: [{ found: 'x' }],
  json_trailing_comma: [{ closer: '}' }, { closer: ']' }],
  json_unexpected_end: [{}, { closer: '}' }],
  json_unexpected_after_end: [{ found: '/' }],
  json_unterminated_string: [{}],
  json_control_character: [{ found: 'U+000A' }],
  json_bad_escape: [{ escape: '\\q' }, { escape: '\\' }],
  json_bad_unicode_escape: [{}],
  json_bad_number: [{}],
};

const samples = Object.entries(SAMPLES).flatMap(([code, list]) =>
  (list as object[]).map((params) => ({ code, params }) as CodedIssue),
);

/** A CJK character followed by an ASCII colon, comma, semicolon, question mark or parenthesis. */
const HALF_WIDTH_AFTER_CJK = /[\u3000-\u9fff\uff00-\uffef][:,;?!()]/;

describe('issue words', () => {
  it('has words for every code in every built-in language', () => {
    const codes = Object.keys(enIssueWords).sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(codes);
    for (const locale of UI_LOCALES) {
      expect(Object.keys(ISSUE_WORDS[locale]).sort(), locale).toEqual(codes);
    }
  });

  it.each(samples)('words $code in English and in Chinese', (issue) => {
    const en = describeIssue(issue, 'en');
    const zh = describeIssue(issue, 'zh-CN');
    expect(en).toMatch(/^[\x20-\x7e–…—]+$/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(HALF_WIDTH_AFTER_CJK);
    expect(zh).not.toMatch(/\b(expected|got|must|unknown|is not)\b/);
  });

  it('writes the values, ids and keys of an issue into both languages', () => {
    const issue = {
      code: 'unknown_reference',
      params: { kind: 'skill', id: 'pyton', suggestion: 'python' },
    } as const;
    expect(describeIssue(issue, 'en')).toBe(
      'no skill has the id "pyton"; use the id of a skill of this curriculum — did you mean "python"?',
    );
    expect(describeIssue(issue, 'zh-CN')).toBe(
      '没有 id 为 "pyton" 的技能；请使用本课程中某个技能的 id——是不是想写 "python"？',
    );
    expect(
      describeIssue({ code: 'prerequisite_cycle', params: { cycle: ['a', 'b', 'a'] } }, 'zh-TW'),
    ).toBe('前置主题形成了循环：a -> b -> a；请删除其中一个前置关系');
  });

  it('words progress and syntax issues from their params, English being their message', () => {
    const progress = parseProgress(
      '{"curriculumId":"web-basics","schemaVersion":2,"topics":{}}',
      'llm-engineer',
    );
    const [other] = progress.issues;
    expect(other && describeIssue(other, 'en')).toBe(other?.message);
    expect(other && describeIssue(other, 'zh-CN')).toBe(
      '这是课程 "web-basics" 的进度，不是 "llm-engineer" 的；其中的内容均未使用',
    );
    const read = readSource('{"id": "a",}');
    if (read.ok) throw new Error('expected a syntax issue');
    expect(describeIssue(read.issues[0], 'en')).toBe(read.issues[0].message);
    expect(describeIssue(read.issues[0], 'zh-CN')).toBe('} 之前有多余的逗号；JSON 不允许末尾逗号');
    const yaml = readSource('title: "open', 'yaml');
    if (yaml.ok) throw new Error('expected a syntax issue');
    expect(describeIssue(yaml.issues[0], 'zh-CN')).toBe(
      '这段文本开头的引号 \'"\' 没有闭合，文件的其余部分都被读成了它的一部分；请用 " 结束这段文本',
    );
    // What no code names keeps the yaml library's English words, inside a Chinese sentence.
    const alias = readSource('code: *', 'yaml');
    if (alias.ok) throw new Error('expected a syntax issue');
    expect(describeIssue(alias.issues[0], 'zh-CN')).toBe(
      `YAML 语法错误：${alias.issues[0].message}`,
    );
  });

  it('picks the language by the matcher: zh-TW reads Chinese, fr reads English', () => {
    const issue = { code: 'unreadable_input', params: {} } as const;
    expect(describeIssue(issue, 'zh-TW')).toBe(zhCNIssueWords.unreadable_input({}));
    expect(describeIssue(issue, 'fr')).toBe(enIssueWords.unreadable_input({}));
  });

  it('words the issues of a real document: English is the message, Chinese is Chinese', () => {
    const doc = fixtureInput() as unknown as Record<string, unknown>;
    doc.id = 'Not A Slug';
    doc.extra = true;
    doc.locales = ['en-GB'];
    const result = parseCurriculum(doc);
    if (result.ok) throw new Error('expected the document to be rejected');
    for (const issue of result.issues) {
      expect(describeIssue(issue, 'en')).toBe(issue.message);
      expect(describeIssue(issue, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  /** Text near JSON and YAML, so that most inputs fail somewhere interesting. */
  const nearData = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
    fc
      .array(
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '"a"',
          '1',
          '- ',
          '\n',
          '  ',
          '&a ',
          '*a',
          '!!binary ',
          '---\n',
          '\\q',
          '1e400',
        ),
        { maxLength: 16 },
      )
      .map((parts) => parts.join('')),
  );

  test.prop([nearData, fc.constantFrom('json' as const, 'yaml' as const)])(
    'words every syntax issue of any text: English is its message, Chinese is Chinese',
    (text, format) => {
      const read = readSource(text, format);
      if (read.ok) return;
      for (const issue of read.issues) {
        expect(describeIssue(issue, 'en')).toBe(issue.message);
        const zh = describeIssue(issue, 'zh-CN');
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        // A yaml library detail is English, inside the Chinese sentence.
        if (issue.code !== 'yaml_syntax') expect(zh).not.toMatch(HALF_WIDTH_AFTER_CJK);
      }
    },
  );

  test.prop([
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
    ),
  ])(
    'words every progress issue of any input: English is its message, Chinese is Chinese',
    (text) => {
      const inputs = [
        text,
        { curriculumId: text, schemaVersion: 1, topics: {} },
        { curriculumId: 'x', schemaVersion: 1, topics: { [text]: text } },
      ];
      for (const input of inputs) {
        for (const issue of parseProgress(input, 'x').issues) {
          expect(describeIssue(issue, 'en')).toBe(issue.message);
          expect(describeIssue(issue, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    },
  );
});

describe('labels', () => {
  it('has every label in every built-in language, the same keys in each', () => {
    const keys = (labels: object): string[] =>
      Object.entries(labels).flatMap(([key, value]) =>
        typeof value === 'string' ? [key] : keys(value).map((inner) => `${key}.${inner}`),
      );
    expect(keys(zhCNLabels).sort()).toEqual(keys(enLabels).sort());
    expect(Object.keys(LABELS)).toEqual([...UI_LOCALES]);
  });

  it('writes Chinese labels with full-width punctuation', () => {
    const all = JSON.stringify(zhCNLabels);
    expect(all).not.toMatch(HALF_WIDTH_AFTER_CJK);
    expect(fillMessage(zhCNLabels.labelled, { label: '技能', value: 'Python' })).toBe(
      '技能：Python',
    );
  });

  it.each([
    ['zh-CN', '前置知识'],
    ['zh-TW', '前置知识'],
    ['ZH', '前置知识'],
    ['en-GB', 'Prerequisites'],
    ['fr', 'Prerequisites'],
    ['', 'Prerequisites'],
  ])('labelsFor(%j) is in the closest built-in language', (locale, prerequisites) => {
    expect(labelsFor(locale).prerequisites).toBe(prerequisites);
  });

  it('counts hours with plural forms', () => {
    expect(fillMessage(enLabels.hours, { hours: 1 })).toBe('1 hour');
    expect(fillMessage(enLabels.hours, { hours: 1.5 })).toBe('1.5 hours');
    expect(fillMessage(zhCNLabels.hours, { hours: 1 }, 'zh-CN')).toBe('1 小时');
  });
});

describe('matchLocale', () => {
  it.each([
    ['zh-TW', ['en', 'zh-CN', 'zh-Hant'], 'zh-Hant'],
    ['zh-TW', ['zh-CN', 'zh-HK'], 'zh-HK'],
    ['zh-HK', ['zh-CN', 'zh-Hant'], 'zh-Hant'],
    ['zh-HK', ['zh-CN', 'zh-TW'], 'zh-TW'],
    ['zh-Hant-TW', ['zh-Hans', 'zh-Hant'], 'zh-Hant'],
    ['zh-SG', ['zh-Hant', 'zh-CN'], 'zh-CN'],
    ['zh-SG', ['zh-Hant', 'zh-Hans', 'zh-CN'], 'zh-Hans'],
    ['zh', ['zh-TW', 'zh-CN'], 'zh-CN'],
    ['zh-TW', ['en', 'zh-CN'], 'zh-CN'],
    ['zh-CN', ['zh', 'zh-TW'], 'zh'],
    ['en-GB', ['en-US', 'en', 'zh-CN'], 'en'],
    ['en-GB', ['en-US', 'zh-CN'], 'en-US'],
    ['en', ['en-US', 'en-GB'], 'en-US'],
    ['EN-gb', ['zh-CN', 'En-Gb'], 'En-Gb'],
    ['zh_tw', ['zh-CN', 'zh-hant'], 'zh-hant'],
    ['zh-Hant-TW-x-private', ['zh-CN', 'zh-Hant-TW'], 'zh-Hant-TW'],
    ['fr', ['en', 'zh-CN'], 'default'],
    ['', ['en'], 'default'],
    ['not a tag!', ['en'], 'default'],
  ] as const)('%j in %j -> %j', (requested, available, expected) => {
    expect(matchLocale(requested, available, 'default')).toBe(expected);
  });

  it('tries several requested tags in order, like navigator.languages', () => {
    expect(matchLocale(['fr-CA', 'zh-TW', 'en'], ['en', 'zh-Hant'])).toBe('zh-Hant');
    expect(matchLocale(['fr', 'de'], ['en'])).toBeUndefined();
  });

  const tag = fc.oneof(
    fc.constantFrom(
      'en',
      'EN',
      'en-GB',
      'en-US',
      'zh',
      'zh-CN',
      'zh-TW',
      'zh-HK',
      'zh-SG',
      'zh-Hant',
      'zh-Hans',
      'zh-hant-tw',
      'fr',
      'sr-Latn',
      '',
    ),
    fc.string({ maxLength: 12 }),
  );

  test.prop([fc.oneof(tag, fc.array(tag, { maxLength: 3 })), fc.array(tag, { maxLength: 6 }), tag])(
    'always returns one of the available tags or the fallback',
    (requested, available, fallback) => {
      const found = matchLocale(requested, available, fallback);
      expect([...available, fallback]).toContain(found);
      // A tag that is offered exactly is always chosen for itself.
      if (
        typeof requested === 'string' &&
        available.includes(requested) &&
        /^[a-z]/i.test(requested)
      ) {
        expect(found.toLowerCase()).toBe(requested.toLowerCase());
      }
    },
  );

  it('uiLocaleFor names the built-in language of any tag', () => {
    expect(uiLocaleFor('zh-Hant-HK')).toBe('zh-CN');
    expect(uiLocaleFor('de')).toBe('en');
  });
});

describe('fillMessage', () => {
  const TOPICS = '{count, plural, =0 {no topics} one {# topic} other {# topics}}';

  it.each([
    [0, 'no topics'],
    [1, '1 topic'],
    [2, '2 topics'],
    [1.5, '1.5 topics'],
    [1234, '1,234 topics'],
  ])('picks the English form for %d', (count, expected) => {
    expect(fillMessage(TOPICS, { count })).toBe(expected);
  });

  it('picks forms by the locale’s plural rules', () => {
    const files = '{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}';
    expect(fillMessage(files, { n: 1 }, 'ru')).toBe('1 файл');
    expect(fillMessage(files, { n: 3 }, 'ru')).toBe('3 файла');
    expect(fillMessage(files, { n: 5 }, 'ru')).toBe('5 файлов');
    // French counts 0 as "one"; English does not.
    const fr = '{n, plural, one {# sujet} other {# sujets}}';
    expect(fillMessage(fr, { n: 0 }, 'fr')).toBe('0 sujet');
    expect(fillMessage(fr, { n: 0 }, 'en')).toBe('0 sujets');
  });

  it('fills placeholders inside a form, and values are never read as messages', () => {
    expect(
      fillMessage('{n, plural, one {# id: {ids}} other {# ids: {ids}}}', { n: 2, ids: '{n} #' }),
    ).toBe('2 ids: {n} #');
  });

  it('leaves what it cannot fill as written', () => {
    expect(fillMessage('{a} and {b}', { a: 'A' })).toBe('A and {b}');
    expect(fillMessage('{count, plural, one {# x} other {# xs}}', { count: 'many' })).toBe(
      '{count, plural, one {# x} other {# xs}}',
    );
    expect(fillMessage('{count, plural, one {# x}}', { count: 1 })).toBe(
      '{count, plural, one {# x}}',
    );
    expect(fillMessage('post { type: "resize", height } to {who}', { who: 'you' })).toBe(
      'post { type: "resize", height } to you',
    );
    expect(fillMessage('unclosed {a', { a: 1 })).toBe('unclosed {a');
    expect(fillMessage('{toString}', {})).toBe('{toString}');
  });

  it('falls back to English rules for a malformed locale instead of throwing', () => {
    expect(fillMessage(TOPICS, { count: 1 }, 'not a locale!')).toBe('1 topic');
  });

  test.prop([
    fc.string({ maxLength: 40 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer())),
  ])('never throws, and a template without braces comes back unchanged', (template, values) => {
    const filled = fillMessage(template, values);
    if (!template.includes('{')) expect(filled).toBe(template);
  });
});

describe('formatList', () => {
  it('joins Chinese titles with 、 alone, English with the conjunction', () => {
    expect(formatList(['检索增强生成', '向量数据库', '提示工程'], 'zh-CN')).toBe(
      '检索增强生成、向量数据库、提示工程',
    );
    expect(formatList(['甲', '乙'], 'zh-TW')).toBe('甲、乙');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatList(['A'], 'not a locale!')).toBe('A');
  });
});
