// Shared by the release scripts: the published packages, and running commands with clear failures.
import { spawn } from 'node:child_process';

/** The packages that are published to npm, in dependency order. */
export const publishedPackages = [
  { name: '@trailmark/curriculum', dir: 'packages/curriculum' },
  { name: '@trailmark/tokens', dir: 'packages/tokens' },
  { name: '@trailmark/react', dir: 'packages/react' },
  { name: '@trailmark/embed', dir: 'packages/embed' },
];

/**
 * Runs a command; rejects with its output when it exits non-zero. Output streams through unless
 * `quiet`, and is returned either way.
 */
export function run(command, args, { cwd, env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!quiet) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (!quiet) process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else {
        const output = quiet ? `\n${stdout}${stderr}` : '';
        reject(
          new Error(`${command} ${args.join(' ')} exited with code ${code} in ${cwd}${output}`),
        );
      }
    });
  });
}

/** Runs one named step, printing its name and how long it took. */
export async function step(name, action) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = await action();
  console.log(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
