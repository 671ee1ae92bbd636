import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Two pages: the timeline (index.html) and the map, rendered and hydrated in the page (map.html).
  build: { rollupOptions: { input: ['index.html', 'map.html'] } },
});
