/**
 * `@trailmark/react`: accessible, bilingual, server-renderable React components for learning
 * roadmaps. Every export is documented where it is declared; `api/react.api.md` records the whole
 * public surface.
 */

// The provider and its hooks: one curriculum, its progress and its language for a subtree.
export type {
  CurriculumProviderProps,
  CurriculumSourceProps,
  LocaleState,
  ProgressState,
  StatusChangeHandler,
} from './CurriculumProvider';
export { CurriculumProvider, useCurriculum, useLocale, useProgress } from './CurriculumProvider';

// Components, each with its props type.
export type { ErrorPanelIssue, ErrorPanelProps } from './ErrorPanel';
export { ErrorPanel } from './ErrorPanel';
// Shared prop types and their value lists.
export type { HeadingLevel } from './Heading';
// Interface strings and formatting: the built-in messages are the base for a translation.
export type { Formatters, MapMessages, MessageOverrides, Messages } from './i18n';
export { en as messagesEn, zhCN as messagesZhCN } from './i18n';
export type { LevelCardProps } from './LevelCard';
export { isSymbolCode, LevelCard } from './LevelCard';
export type { ProgressMeterProps } from './ProgressMeter';
export { ProgressMeter } from './ProgressMeter';
export type { ResourceLinkProps } from './ResourceLink';
export { ResourceLink } from './ResourceLink';
export type { RoadmapTimelineProps, TimelineOrientation } from './RoadmapTimeline';
export { RoadmapTimeline, TIMELINE_ORIENTATIONS } from './RoadmapTimeline';
export type { RoleBadgeProps } from './RoleBadge';
export { RoleBadge } from './RoleBadge';
export type { Theme, ThemeProps } from './root';
export { THEMES } from './root';
export type { SkillTagProps } from './SkillTag';
export { SkillTag } from './SkillTag';
export type { StudyPlanProps } from './StudyPlan';
export { StudyPlan } from './StudyPlan';
// Where progress is kept, and moving it in and out of files.
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
} from './stores';
export type { TopicItemProps } from './TopicItem';
export { TopicItem } from './TopicItem';
export type { TopicListProps } from './TopicList';
export { TopicList } from './TopicList';
