// The controlled/uncontrolled warning is for development only: an app's production build (its
// bundler sets NODE_ENV) must not carry it. Built with Vite, as the embed and the demo are.
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./useControllableState.ts', import.meta.url));

async function bundle(mode: 'production' | 'development'): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    mode,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'hook' },
      rolldownOptions: { external: ['react'] },
    },
  })) as Rolldown.RolldownOutput[];
  return output[0]?.output[0]?.code ?? '';
}

describe('useControllableState in a production build', () => {
  it('drops the warning, which a development build keeps', async () => {
    expect(await bundle('development')).toContain('is changing from');
    expect(await bundle('production')).not.toContain('is changing from');
  });
});
