// @ts-check
// The machine, the software and the code the figures were taken with, read at run time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

/** @param {string} file */
const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** CPU model, cores, memory and operating system. */
export function describeMachine() {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readText('/proc/cpuinfo'))?.[1]?.trim();
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readText('/etc/os-release'))?.[1];
  return {
    cpu: cpu ?? 'unknown (no /proc/cpuinfo)',
    cores: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    os: `${os ?? process.platform}, Linux ${release()}`,
    node: process.version,
  };
}

/** The 1, 5 and 15 minute load averages. */
export const loadAverage = () => loadavg();

/**
 * Installed versions, from each package's own package.json (the workspace's node_modules first,
 * then the root's).
 * @param {string} repoRoot
 * @param {readonly string[]} names
 */
export function installedVersions(repoRoot, names) {
  /** @type {Record<string, string>} */
  const versions = {};
  for (const name of names) {
    for (const dir of [join(repoRoot, 'bench/node_modules'), join(repoRoot, 'node_modules')]) {
      const text = readText(join(dir, name, 'package.json'));
      if (text) {
        versions[name] = JSON.parse(text).version;
        break;
      }
    }
    versions[name] ??= 'not installed';
  }
  return versions;
}

/**
 * The commit measured, and the files under `paths` that differed from it (uncommitted work is
 * measured too: it is what was built).
 * @param {string} repoRoot
 * @param {readonly string[]} paths
 * @returns {{ commit: string, dirty: string[] }}
 */
export function gitState(repoRoot, paths) {
  const git = (/** @type {string[]} */ args) =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trimEnd();
  try {
    const dirty = git(['status', '--porcelain', '--untracked-files=no', '--', ...paths])
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    return { commit: git(['rev-parse', '--short', 'HEAD']), dirty };
  } catch {
    return { commit: 'unknown', dirty: [] };
  }
}
