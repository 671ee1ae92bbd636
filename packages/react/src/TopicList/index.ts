export type { TopicListProps } from './TopicList';
export { TopicList } from './TopicList';
