import { describe, expect, it } from 'vitest';
import { createSuggest } from '../src/suggest.js';

describe('createSuggest', () => {
  it('names the closest candidate for a typo', () => {
    const suggest = createSuggest();
    expect(suggest('prerequisite', ['prerequisites', 'skills'])).toBe('prerequisites');
    expect(suggest('embedings', ['rag', 'embeddings', 'embedding-models'])).toBe('embeddings');
    expect(suggest('Concept', ['concept', 'practice'])).toBe('concept');
  });

  it('stays quiet when nothing is close', () => {
    const suggest = createSuggest();
    expect(suggest('salary', ['id', 'title', 'summary'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
    expect(suggest('a'.repeat(65), ['a'.repeat(64)])).toBeUndefined();
  });

  it('stops guessing once its budget is spent', () => {
    const suggest = createSuggest(100);
    expect(suggest('abcde', ['abcdf'])).toBe('abcdf');
    for (let i = 0; i < 4; i++) suggest('abcde', ['abcdf']);
    expect(suggest('abcde', ['abcdf'])).toBeUndefined();
  });
});
