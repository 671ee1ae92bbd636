#!/usr/bin/env node
// For maintainers, not CI (it requests every link on the internet): runs `trailmark links` on the
// built-in roadmap as built in packages/curriculum/dist. Extra arguments go to the command:
// `npm run check-links -- --format json --strict`. Exits with the command's exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/curriculum/dist');
const { llmEngineer } = await import(pathToFileURL(join(dist, 'roadmaps/llm-engineer.js')).href);

// A file named after the roadmap, so that every reported place reads `llm-engineer.json: levels[…]`.
const dir = mkdtempSync(join(tmpdir(), 'trailmark-links-'));
try {
  writeFileSync(join(dir, 'llm-engineer.json'), JSON.stringify(llmEngineer, null, 2));
  const result = spawnSync(
    process.execPath,
    [join(dist, 'cli.js'), 'links', 'llm-engineer.json', ...process.argv.slice(2)],
    { cwd: dir, stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 70;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
