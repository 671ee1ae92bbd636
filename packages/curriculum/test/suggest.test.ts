import { describe, expect, it } from 'vitest';
import { createSuggest } from '../src/suggest.js';

describe('createSuggest', () => {
  it('names the closest candidate for a typo', () => {
    const suggest = createSuggest();
    expect(suggest('prerequisite', ['prerequisites', 'skills'])).toBe(
      ' — did you mean "prerequisites"?',
    );
    expect(suggest('embedings', ['rag', 'embeddings', 'embedding-models'])).toBe(
      ' — did you mean "embeddings"?',
    );
    expect(suggest('Concept', ['concept', 'practice'])).toBe(' — did you mean "concept"?');
  });

  it('stays quiet when nothing is close', () => {
    const suggest = createSuggest();
    expect(suggest('salary', ['id', 'title', 'summary'])).toBe('');
    expect(suggest('x', [])).toBe('');
    expect(suggest('a'.repeat(65), ['a'.repeat(64)])).toBe('');
  });

  it('stops guessing once its budget is spent', () => {
    const suggest = createSuggest(100);
    expect(suggest('abcde', ['abcdf'])).toBe(' — did you mean "abcdf"?');
    for (let i = 0; i < 4; i++) suggest('abcde', ['abcdf']);
    expect(suggest('abcde', ['abcdf'])).toBe('');
  });
});
