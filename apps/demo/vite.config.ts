import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { codemirrorModules } from './vite/codemirror.ts';
import { contentSecurityPolicy } from './vite/content-security-policy.ts';
import { embedAssets } from './vite/embed-assets.ts';
import { playgroundStarterCheck } from './vite/playground-starter.ts';
import { staticHostPreview } from './vite/static-host-preview.ts';

/** See src/site.ts. */
const siteUrl = process.env.TRAILMARK_SITE_URL ?? 'http://localhost:5173';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    embedAssets(),
    staticHostPreview(),
    codemirrorModules(),
    playgroundStarterCheck(),
  ],
  define: { __TRAILMARK_SITE_URL__: JSON.stringify(new URL(siteUrl).href) },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by scripts/build.js to list lazy chunks on the pages that need them, then deleted.
    manifest: true,
    rolldownOptions: {
      // Timing warnings measure the machine's load (CI shares its cores), not this build.
      checks: { bundlerTimings: false },
      onwarn(warning, warn) {
        // The site bundles its roadmap on purpose (every page needs it at once), so the
        // registry's lazy import of the same module is expected to stay in the main chunk.
        if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /llm-engineer/.test(warning.message)) {
          return;
        }
        warn(warning);
      },
    },
  },
  ssr: {
    // Workspace packages are bundled into the prerender script like any source file, and so is
    // codemirror-json-schema, whose ESM imports name no file extensions (Node cannot load them).
    noExternal: [/^@trailmark\//, 'codemirror-json-schema'],
  },
  preview: {
    port: 5173,
    strictPort: true,
    // The embed script, its data and the frame are meant for other sites: allow any origin.
    cors: true,
  },
  server: { port: 5173 },
});
