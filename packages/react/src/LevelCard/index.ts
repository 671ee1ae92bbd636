export type { LevelCardProps } from './LevelCard';
export { LevelCard } from './LevelCard';
