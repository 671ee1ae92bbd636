/**
 * `npm start`: serves the built site (dist/) with `vite preview` on http://localhost:5173, or on
 * the port in `PORT`, and stops with a clear message when that port is taken or nothing is built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 5173);

if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error('demo: dist/ is missing. Build first: npm run build -w @trailmark/demo');
  process.exit(1);
}

try {
  const server = await preview({ root, preview: { port, strictPort: true } });
  console.log('\n  Trailmark demo: the LLM engineer roadmap site\n');
  server.printUrls();
  console.log('\n  Press Ctrl+C to stop.\n');
} catch (error) {
  if (error instanceof Error && /already in use/.test(error.message)) {
    console.error(
      `demo: port ${port} is already in use (another server, or npm start running elsewhere).\n` +
        `Stop it, or pick another port: PORT=${port + 1} npm start`,
    );
    process.exit(1);
  }
  throw error;
}
