export type { CurriculumProviderProps } from './CurriculumProvider';
export { CurriculumProvider } from './CurriculumProvider';
export type { StatusChangeHandler } from './context';
export type { LocaleState, ProgressState } from './hooks';
export { useCurriculum, useLocale, useProgress } from './hooks';
export type { CurriculumSourceProps } from './withCurriculum';
