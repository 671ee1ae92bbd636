export type { ColorPalette, StatusColors } from './color.js';
export type { ShadowScale } from './shadow.js';
export type { ColorTokenName, ThemeName, TokenName, Tokens } from './tokens.js';
export { cssVar, tokenNames, tokens } from './tokens.js';
