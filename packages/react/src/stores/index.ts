export type {
  LocalStorageProgressStore,
  LocalStorageStoreOptions,
  StorageLike,
} from './createLocalStorageStore';
export { createLocalStorageStore } from './createLocalStorageStore';
export type { MemoryStoreOptions } from './createMemoryStore';
export { createMemoryStore } from './createMemoryStore';
export type { ProgressStore, ProgressStoreOptions } from './ProgressStore';
export type { ImportProgressOptions, ImportProgressResult } from './transfer';
export { downloadProgress, exportProgress, importProgress, progressFileName } from './transfer';
