export type { ProgressMeterProps } from './ProgressMeter';
export { ProgressMeter } from './ProgressMeter';
