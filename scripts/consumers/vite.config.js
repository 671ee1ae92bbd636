import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The timeline (index.html), an invalid curriculum (errors.html), server HTML hydrated
  // (hydrate.html), and the map rendered and hydrated in the page (map.html).
  build: { rollupOptions: { input: ['index.html', 'errors.html', 'hydrate.html', 'map.html'] } },
});
