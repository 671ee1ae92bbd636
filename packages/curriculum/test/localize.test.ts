import { describe, expect, it } from 'vitest';
import { localize } from '../src/index.js';

const RAG = {
  'zh-CN': '检索增强生成',
  'zh-Hant-TW': '檢索增強生成',
  en: 'Retrieval-augmented generation',
};

describe('localize', () => {
  it('returns a plain string as is, whatever the locale', () => {
    expect(localize('Tokens', 'zh-CN', 'en')).toBe('Tokens');
  });

  it.each([
    ['exact tag', 'zh-Hant-TW', '檢索增強生成'],
    ['tags match whatever their case', 'ZH-cn', '检索增强生成'],
    ['a longer tag falls back to a shorter one', 'en-GB', 'Retrieval-augmented generation'],
    ['region and script are dropped one at a time', 'zh-Hant-TW-x-private', '檢索增強生成'],
    ['a bare language finds a tag of that language', 'zh', '检索增强生成'],
  ])('%s', (_case, locale, expected) => {
    expect(localize(RAG, locale, 'en')).toBe(expected);
  });

  it('prefers the shorter tag over another tag of the same language', () => {
    expect(localize({ zh: '中文', 'zh-TW': '繁體' }, 'zh-CN', 'en')).toBe('中文');
  });

  it('falls back to the defaultLocale, then to the first text', () => {
    expect(localize(RAG, 'fr', 'en')).toBe('Retrieval-augmented generation');
    expect(localize(RAG, 'fr')).toBe('检索增强生成');
    expect(localize(RAG, 'fr', 'de')).toBe('检索增强生成');
    expect(localize(RAG, '', 'en')).toBe('Retrieval-augmented generation');
  });

  it('gives an empty string for an empty map', () => {
    expect(localize({}, 'en', 'en')).toBe('');
  });

  it('never reads inherited properties as texts', () => {
    expect(localize({ en: 'Hello' }, 'constructor')).toBe('Hello');
    expect(localize({ en: 'Hello' }, 'toString', 'valueOf')).toBe('Hello');
  });
});
