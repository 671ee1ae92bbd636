export type {
  LocalStorageProgressStore,
  LocalStorageStoreOptions,
  StorageLike,
} from './createLocalStorageStore';
export { createLocalStorageStore } from './createLocalStorageStore';
export { createMemoryStore } from './createMemoryStore';
export type { ProgressStore } from './ProgressStore';
export type { ImportProgressResult } from './transfer';
export { downloadProgress, exportProgress, importProgress, progressFileName } from './transfer';
