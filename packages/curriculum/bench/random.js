// @ts-check
// The seeded random numbers both benchmark generators draw from (this package's generated curricula
// and the root bench's roadmap, which imports this file by relative path).

/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32): same seed, same document.
 * @param {number} seed
 * @returns {() => number}
 */
export function seededRandom(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
