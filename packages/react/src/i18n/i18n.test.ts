import { enLabels, fillMessage, zhCNLabels } from '@trailmark/curriculum/locale';
import { describe, expect, it } from 'vitest';
import { formattersFor } from './format';
import { en, resolveMessages, zhCN } from './messages';

describe('resolveMessages', () => {
  it('has the same keys in both built-in languages', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['en', en['status.done']],
    ['en-GB', en['status.done']],
    ['zh-CN', zhCN['status.done']],
    ['zh-Hant-TW', zhCN['status.done']],
    ['fr', en['status.done']],
  ])('picks the built-in strings for %s', (locale, expected) => {
    expect(resolveMessages(locale)['status.done']).toBe(expected);
  });

  it('takes the overrides of the tag that serves the locale best', () => {
    const overrides = {
      zh: { 'status.done': '完成' },
      'zh-TW': { 'status.done': '完成了', 'status.skipped': '略過' },
      ja: { 'status.done': '完了' },
    };
    expect(resolveMessages('zh-CN', overrides)['status.done']).toBe('完成');
    expect(resolveMessages('zh-TW', overrides)['status.done']).toBe('完成了');
    expect(resolveMessages('zh-TW', overrides)['status.skipped']).toBe('略過');
    expect(resolveMessages('ja', overrides)['status.done']).toBe('完了');
    expect(resolveMessages('ja', overrides)['status.skipped']).toBe(en['status.skipped']);
  });

  it('gives a zh-TW or zh-HK reader zh-Hant overrides before zh-CN ones', () => {
    const overrides = {
      'zh-CN': { 'status.done': '已完成' },
      'zh-Hant': { 'status.done': '已完成了' },
    };
    expect(resolveMessages('zh-TW', overrides)['status.done']).toBe('已完成了');
    expect(resolveMessages('zh-HK', overrides)['status.done']).toBe('已完成了');
    expect(resolveMessages('zh-SG', overrides)['status.done']).toBe('已完成');
  });

  it('shares the words of the CLI (one set of labels)', () => {
    expect(zhCN['topic.prerequisites']).toBe(zhCNLabels.prerequisites);
    expect(en['resource.repo']).toBe(enLabels.kinds.repo);
    expect(zhCN['status.in-progress']).toBe(zhCNLabels.statuses['in-progress']);
  });

  it('writes Chinese with full-width punctuation: no ASCII colon or comma after a CJK character', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      expect(text, key).not.toMatch(/[\u3000-\u9fff\uff00-\uffef][:,]/);
    }
  });

  it('caches per overrides object and locale', () => {
    const overrides = { en: { 'status.done': 'Finished' } };
    expect(resolveMessages('en', overrides)).toBe(resolveMessages('en', overrides));
    expect(resolveMessages('en')).not.toBe(resolveMessages('en', overrides));
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('counts with plural forms in the built-in messages', () => {
    const format = formattersFor('en');
    expect(format.message(en['level.topics'], { count: 1 })).toBe('1 topic');
    expect(format.message(en['level.topics'], { count: 1200 })).toBe('1,200 topics');
    expect(format.message(en['error.count'], { count: 1 })).toBe('1 problem found');
    expect(formattersFor('zh-CN').message(zhCN['level.topics'], { count: 3 })).toBe('3 个主题');
  });
});

describe('formattersFor', () => {
  it('returns one cached set of formatters per locale', () => {
    expect(formattersFor('en')).toBe(formattersFor('en'));
  });

  it('formats hours, percentages, dates (UTC) and lists per locale', () => {
    const en = formattersFor('en');
    expect(en.hours(4)).toBe('4 hr');
    expect(en.percent(42)).toBe('42%');
    expect(en.date('2025-03-01')).toBe('Mar 1, 2025');
    expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
    const zh = formattersFor('zh-CN');
    expect(zh.hours(4)).toBe('4小时');
    expect(zh.date('2025-03-01')).toBe('2025年3月1日');
    expect(zh.list(['甲', '乙'])).toBe('甲、乙');
    expect(zh.list(['检索增强生成', '向量数据库', '提示工程'])).toBe(
      '检索增强生成、向量数据库、提示工程',
    );
  });

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(formattersFor('not a locale!').percent(10)).toBe('10%');
  });

  it('creates each Intl formatter on its first use only', () => {
    const made = { DateTimeFormat: 0, ListFormat: 0 };
    const originals = { DateTimeFormat: Intl.DateTimeFormat, ListFormat: Intl.ListFormat };
    // The real constructors, counted.
    Object.assign(Intl, {
      DateTimeFormat: class extends originals.DateTimeFormat {
        constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
          super(...args);
          made.DateTimeFormat += 1;
        }
      },
      ListFormat: class extends originals.ListFormat {
        constructor(...args: ConstructorParameters<typeof Intl.ListFormat>) {
          super(...args);
          made.ListFormat += 1;
        }
      },
    });
    try {
      // A locale no other test uses, so nothing is cached yet.
      const format = formattersFor('fr-CA');
      expect(format.hours(2)).toMatch(/^2\sh$/);
      expect(format.number(1234.5)).toMatch(/^1\s234,5$/);
      expect(made).toEqual({ DateTimeFormat: 0, ListFormat: 0 });
      expect(format.date('2025-03-01')).toBe('1 mars 2025');
      format.date('2025-03-02');
      expect(format.list(['un', 'deux'])).toBe('un et deux');
      format.list(['un', 'deux', 'trois']);
      expect(made).toEqual({ DateTimeFormat: 1, ListFormat: 1 });
    } finally {
      Object.assign(Intl, originals);
    }
  });

  it('leaves an unreadable date as it is', () => {
    expect(formattersFor('en').date('someday')).toBe('someday');
  });
});
