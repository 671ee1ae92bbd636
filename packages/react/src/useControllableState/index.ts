export type { SetStateAction, UseControllableStateOptions } from './useControllableState';
export { useControllableState } from './useControllableState';
