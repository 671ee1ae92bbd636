// What a page using both entries loads, for the map's size budget (.size-limit.js): the code the
// entries share is counted once. Beside .size-limit.js rather than in scripts/, which the type
// check covers before dist/ is built.
export * from './dist/index.js';
export * from './dist/map.js';
