import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';

describe('translate', () => {
  it.each([
    [0, '0 issues'],
    [1, '1 issue'],
    [2, '2 issues'],
  ])('picks the English plural form for %i', (count, text) => {
    expect(translate('en', 'playground.issueCount', { count })).toBe(text);
  });

  it('counts topics in the import message by plural form', () => {
    expect(translate('en', 'progress.imported', { count: 1 })).toMatch(
      /^Imported the status of 1 topic \(/,
    );
    expect(translate('en', 'progress.imported', { count: 3 })).toMatch(
      /^Imported the status of 3 topics \(/,
    );
    expect(translate('en', 'playground.lines', { count: 1 })).toBe('1 line');
  });

  it('uses the one Chinese form for every count', () => {
    expect(translate('zh-CN', 'playground.issueCount', { count: 1 })).toBe('1 个问题');
    expect(translate('zh-CN', 'playground.issueCount', { count: 5 })).toBe('5 个问题');
  });

  it('writes numbers the locale’s way and fills placeholders inside a plural form', () => {
    expect(translate('en', 'playground.issueCount', { count: 1200 })).toBe('1,200 issues');
    expect(translate('en', 'progress.ignoredUnknown', { count: 1, ids: 'rag' })).toBe(
      'Ignored 1 entry for a topic this roadmap does not have: rag.',
    );
  });

  it('writes Chinese with full-width punctuation: no ASCII colon or comma after a CJK character', () => {
    for (const [key, text] of Object.entries(MESSAGES['zh-CN'])) {
      expect(text, key).not.toMatch(/[\u3000-\u9fff\uff00-\uffef][:,]/);
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(translate('en', 'embed.fallbackText', { title: 'LLM engineer roadmap' })).toBe(
      'View the LLM engineer roadmap',
    );
    expect(translate('en', 'frame.unknownRoadmap')).toBe('There is no built-in roadmap “{id}”.');
  });
});
