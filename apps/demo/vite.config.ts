import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { embedAssets } from './vite/embed-assets.ts';
import { staticHostPreview } from './vite/static-host-preview.ts';

/** See src/site.ts. */
const siteUrl = process.env.TRAILMARK_SITE_URL ?? 'http://localhost:5173';

export default defineConfig({
  plugins: [react(), embedAssets(), staticHostPreview()],
  define: { __TRAILMARK_SITE_URL__: JSON.stringify(new URL(siteUrl).href) },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  ssr: {
    // Workspace packages are bundled into the prerender script like any source file.
    noExternal: [/^@trailmark\//],
  },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173 },
});
