export type { LevelCardProps } from './LevelCard';
export { LevelCard } from './LevelCard';
export { isSymbolCode } from './timelineStep';
