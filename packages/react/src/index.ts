export type {
  CurriculumProviderProps,
  CurriculumSourceProps,
  LocaleState,
  ProgressState,
} from './CurriculumProvider';
export { CurriculumProvider, useCurriculum, useLocale, useProgress } from './CurriculumProvider';
export type { ErrorPanelIssue, ErrorPanelProps } from './ErrorPanel';
export { ErrorPanel } from './ErrorPanel';
export type { HeadingLevel } from './Heading';
export type { Formatters, MessageOverrides, Messages } from './i18n';
export { en as messagesEn, formattersFor, zhCN as messagesZhCN } from './i18n';
export type { LevelCardProps } from './LevelCard';
export { LevelCard } from './LevelCard';
export type { ProgressMeterProps } from './ProgressMeter';
export { ProgressMeter } from './ProgressMeter';
export type { ResourceLinkProps } from './ResourceLink';
export { ResourceLink } from './ResourceLink';
export type { RoadmapTimelineProps, TimelineOrientation } from './RoadmapTimeline';
export { RoadmapTimeline } from './RoadmapTimeline';
export type { RoleBadgeProps } from './RoleBadge';
export { RoleBadge } from './RoleBadge';
export type { Theme, ThemeProps } from './root';
export type { SkillTagProps } from './SkillTag';
export { SkillTag } from './SkillTag';
export type { StudyPlanProps } from './StudyPlan';
export { StudyPlan } from './StudyPlan';
export type {
  ImportProgressOptions,
  ImportProgressResult,
  LocalStorageProgressStore,
  LocalStorageStoreOptions,
  MemoryStoreOptions,
  ProgressStore,
  ProgressStoreOptions,
  StorageLike,
} from './stores';
export {
  createLocalStorageStore,
  createMemoryStore,
  downloadProgress,
  exportProgress,
  importProgress,
  progressFileName,
} from './stores';
export type { TopicItemProps } from './TopicItem';
export { TopicItem } from './TopicItem';
export type { TopicListProps } from './TopicList';
export { TopicList } from './TopicList';
export type { SetStateAction, UseControllableStateOptions } from './useControllableState';
export { useControllableState } from './useControllableState';
