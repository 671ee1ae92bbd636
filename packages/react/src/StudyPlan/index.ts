export type { StudyPlanProps } from './StudyPlan';
export { StudyPlan } from './StudyPlan';
