/**
 * "Did you mean …?" for typos in keys, enum values and id references.
 */
import { quote } from './preview.js';

/** `' — did you mean "x"?'` for a suggestion, `''` for none: the English way of offering it. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` — did you mean ${quote(suggestion)}?`;
}

/** Edit distance: the fewest insertions, deletions and substitutions turning `a` into `b`. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Longer words are not typos worth guessing at, and would make each comparison costly. */
const MAX_WORD_LENGTH = 64;

/**
 * Returns the candidate closest to `word` when it is plausibly a typo of it (case aside, at most a
 * third of the word differs), else `undefined`.
 */
export type Suggest = (word: string, candidates: readonly string[]) => string | undefined;

/**
 * A {@link Suggest} that stops guessing once it has compared `budget` pairs of characters, so a
 * document with thousands of broken references against thousands of ids validates in bounded time.
 * @example createSuggest()('prerequisite', ['prerequisites', 'skills']) // 'prerequisites'
 */
export function createSuggest(budget = 2_000_000): Suggest {
  let left = budget;
  return (word, candidates) => {
    if (word.length > MAX_WORD_LENGTH) return undefined;
    const needle = word.toLowerCase();
    const limit = Math.max(1, Math.floor(needle.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
      // Words whose lengths differ by more than the limit cannot be close enough.
      if (Math.abs(candidate.length - needle.length) > limit) continue;
      left -= needle.length * candidate.length;
      if (left < 0) return undefined;
      const d = distance(needle, candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  };
}
