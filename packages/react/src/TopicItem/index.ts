export type { TopicItemProps } from './TopicItem';
export { TopicItem } from './TopicItem';
