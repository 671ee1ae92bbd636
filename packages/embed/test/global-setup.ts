import type { TestProject } from 'vitest/node';
import { startServer } from './server';

/** Starts the static server once for all test files and hands its origins to them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('origin', server.origin);
  project.provide('crossOrigin', server.crossOrigin);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    crossOrigin: string;
  }
}
