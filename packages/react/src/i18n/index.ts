export type { Formatters } from './format';
export { formattersFor } from './format';
export type { MapMessages, MessageOverrides, Messages } from './messages';
export { en, resolveMessages, zhCN } from './messages';
