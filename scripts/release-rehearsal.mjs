#!/usr/bin/env node
// Release rehearsal: the real `changeset version` + `changeset publish` flow, run on a throwaway
// copy of the repository against a private Verdaccio registry on 127.0.0.1, then a fresh project
// installs the published packages from it and uses them. Nothing leaves the machine: the registry
// has no uplinks, and only the @trailmark scope is pointed at it.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedPackages, run, step } from './lib/workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'trailmark-rehearsal-'));
let registry;

try {
  await step('build the packages', () =>
    run('npx', ['turbo', 'run', 'build', ...publishedPackages.map((p) => `--filter=${p.name}`)], {
      cwd: root,
    }),
  );

  const copy = join(work, 'repo');
  await step('make a throwaway copy of the repository', async () => {
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: root, quiet: true });
    for (const file of stdout.split('\0').filter(Boolean)) {
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    for (const pkg of publishedPackages) {
      cpSync(join(root, pkg.dir, 'dist'), join(copy, pkg.dir, 'dist'), { recursive: true });
    }
    // The tools (changesets, npm) resolve from the real install; the copy's own files are what ships.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // A repository of its own, so `changeset publish` tags releases there and not in this one.
    const git = ['-c', 'user.name=Release rehearsal', '-c', 'user.email=rehearsal@localhost'];
    await run('git', ['init', '-q', '-b', 'main'], { cwd: copy, quiet: true });
    await run('git', ['add', '-A'], { cwd: copy, quiet: true });
    await run('git', [...git, 'commit', '-q', '-m', 'rehearsal'], { cwd: copy, quiet: true });
    writeFileSync(
      join(copy, '.changeset', 'release-rehearsal.md'),
      `---\n${publishedPackages.map((p) => `'${p.name}': patch`).join('\n')}\n---\n\nRelease rehearsal.\n`,
    );
  });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  registry = await step(`start a local registry on ${url}`, () => startRegistry(work, port));

  const token = await step('create a publisher account', () => createUser(url));
  const npmrc = join(work, 'npmrc');
  writeFileSync(npmrc, `@trailmark:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  const env = {
    ...process.env,
    NPM_CONFIG_USERCONFIG: npmrc,
    'npm_config_@trailmark:registry': url,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };

  await step('changeset version', () =>
    run(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: copy, env }),
  );
  const versions = Object.fromEntries(
    publishedPackages.map((p) => [
      p.name,
      JSON.parse(readFileSync(join(copy, p.dir, 'package.json'), 'utf8')).version,
    ]),
  );
  for (const p of publishedPackages) {
    const changelog = join(copy, p.dir, 'CHANGELOG.md');
    if (!readFileSync(changelog, 'utf8').includes(`## ${versions[p.name]}`)) {
      throw new Error(`${p.name}: CHANGELOG.md has no entry for ${versions[p.name]}`);
    }
  }
  console.log(`  versions: ${JSON.stringify(versions)}`);

  await step('changeset publish', () =>
    run(join(root, 'node_modules/.bin/changeset'), ['publish'], { cwd: copy, env }),
  );

  const app = join(work, 'app');
  await step('install the published packages into a fresh project', async () => {
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'rehearsal-app', private: true, type: 'module' }, null, 2)}\n`,
    );
    await run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        ...publishedPackages.map((p) => `${p.name}@${versions[p.name]}`),
        'react@19.3.1',
        'react-dom@19.3.1',
      ],
      { cwd: app, env },
    );
  });

  await step('use them', async () => {
    const { stdout } = await run('npx', ['--no-install', 'trailmark', '--version'], {
      cwd: app,
      env,
      quiet: true,
    });
    if (stdout.trim() !== versions['@trailmark/curriculum']) {
      throw new Error(`trailmark --version printed "${stdout.trim()}"`);
    }
    writeFileSync(
      join(app, 'smoke.mjs'),
      [
        "import { createElement } from 'react';",
        "import { renderToString } from 'react-dom/server';",
        "import { RoadmapTimeline } from '@trailmark/react';",
        "import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';",
        "const html = renderToString(createElement(RoadmapTimeline, { curriculum: llmEngineer, locale: 'en' }));",
        "if (!html.includes('Fine-tuning and private deployment')) throw new Error('level title missing');",
        "console.log('rendered ' + html.length + ' characters of HTML');",
      ].join('\n'),
    );
    await run('node', ['smoke.mjs'], { cwd: app, env });
    for (const file of ['dist/trailmark-embed.js', 'dist/trailmark-embed.iife.js']) {
      if (!existsSync(join(app, 'node_modules/@trailmark/embed', file))) {
        throw new Error(`@trailmark/embed is missing ${file}`);
      }
    }
  });
  const { stdout: tags } = await run('git', ['tag'], { cwd: copy, quiet: true });
  console.log(`  tags in the throwaway copy: ${tags.trim().split('\n').join(', ')}`);
  console.log('\nrelease rehearsal passed');
} finally {
  registry?.kill('SIGTERM');
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startRegistry(dir, port) {
  const config = join(dir, 'verdaccio.yaml');
  writeFileSync(
    config,
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(dir, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'log: { type: stdout, format: pretty, level: warn }',
      'publish:',
      '  allow_offline: true',
      'server:',
      '  keepAliveTimeout: 60',
    ].join('\n'),
  );
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/verdaccio/bin/verdaccio'),
      '--config',
      config,
      '--listen',
      `127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`verdaccio exited with code ${code}`))),
  );
  for (let attempt = 0; attempt < 150; attempt++) {
    const up = await Promise.race([
      fetch(`http://127.0.0.1:${port}/-/ping`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('verdaccio did not answer /-/ping within 30 s');
}

async function createUser(url) {
  const name = 'rehearsal';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `rehearsal-${process.pid}-${Date.now()}` }),
  });
  const body = await response.json();
  if (!response.ok || !body.token) {
    throw new Error(`could not create the user: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.token;
}
