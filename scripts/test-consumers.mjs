#!/usr/bin/env node
// Consumer tests: pack every published package, install the tarballs into fresh projects outside the
// workspace (no links, no hoisting from the repository), and use them the way a new user would.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { publishedPackages, run, step } from './lib/workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'scripts/consumers');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'trailmark-consumers-'));
/** @types/react for each React version the peer range promises. */
const typesReact = { '19.3.1': '19.3.0', '18.3.1': '18.3.32' };
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' };
let browser;

try {
  await step('build the packages', () =>
    run('npx', ['turbo', 'run', 'build', ...publishedPackages.map((p) => `--filter=${p.name}`)], {
      cwd: root,
    }),
  );

  const tarballs = {};
  await step('npm pack every published package', async () => {
    const destination = join(work, 'tarballs');
    mkdirSync(destination);
    for (const pkg of publishedPackages) {
      const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
        cwd: join(root, pkg.dir),
        quiet: true,
      });
      const [packed] = JSON.parse(stdout);
      tarballs[pkg.name] = join(destination, packed.filename);
      console.log(`  ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);
    }
  });

  browser = await launchChromium();

  for (const react of ['19.3.1', '18.3.1']) {
    const app = join(work, `react-${react}`);
    await step(`create a Vite + React ${react} app from the tarballs`, async () => {
      mkdirSync(app);
      for (const file of [
        'index.html',
        'vite.config.js',
        'main.jsx',
        'map.html',
        'map.jsx',
        'ssr.mjs',
        'embed.html',
        'types.tsx',
        'tsconfig.json',
      ]) {
        writeFileSync(join(app, file), readFileSync(join(fixtures, file)));
      }
      const trailmark = Object.fromEntries(
        publishedPackages.map((p) => [p.name, `file:${tarballs[p.name]}`]),
      );
      const manifest = {
        name: `consumer-react-${react.split('.')[0]}`,
        private: true,
        type: 'module',
        scripts: { build: 'vite build' },
        dependencies: { ...trailmark, react, 'react-dom': react },
        devDependencies: {
          vite: '8.3.8',
          '@vitejs/plugin-react': '6.3.0',
          '@types/react': typesReact[react],
        },
        // The packages depend on each other by version; point those edges at the tarballs too.
        overrides: Object.fromEntries(publishedPackages.map((p) => [p.name, `$${p.name}`])),
      };
      writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: app, env: npmEnv });
      await run('npm', ['run', 'build'], { cwd: app, env: npmEnv });
    });

    await step(`React ${react}: the built app renders the roadmap in Chromium`, async () => {
      const server = await serveStatic(join(app, 'dist'));
      try {
        await checkPage(`${server.url}/`, async (page) => {
          const levels = page.locator('.tm-timeline__stop');
          await levels.first().waitFor();
          assertEqual(await levels.count(), 5, 'levels in the timeline');
          await page.getByText('Fine-tuning and private deployment').first().waitFor();
          const version = await page.evaluate(() => window.__reactVersion);
          assertEqual(version, react, 'React version the app runs');
        });
      } finally {
        await server.close();
      }
    });

    await step(
      `React ${react}: the map hydrates its server markup without a mismatch`,
      async () => {
        const server = await serveStatic(join(app, 'dist'));
        try {
          await checkPage(`${server.url}/map.html`, async (page) => {
            await page.waitForFunction(() => window.__mapHydration !== undefined);
            const result = await page.evaluate(() => window.__mapHydration);
            assertEqual(result.version, react, 'React version the map page runs');
            assertEqual(result.errors.join('\n'), '', 'errors while hydrating the map');
          });
        } finally {
          await server.close();
        }
      },
    );

    await step(`React ${react}: server rendering in plain Node ESM`, () =>
      run('node', ['ssr.mjs'], { cwd: app }),
    );

    await step(`React ${react}: the published types, strict TypeScript`, () =>
      run(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
        {
          cwd: app,
        },
      ),
    );
  }

  const app = join(work, 'react-19.3.1');
  await step('npx trailmark validate', async () => {
    writeFileSync(join(app, 'good.json'), readFileSync(join(fixtures, 'good.json')));
    writeFileSync(join(app, 'bad.json'), readFileSync(join(fixtures, 'bad.json')));
    await run('npx', ['--no-install', 'trailmark', 'validate', 'good.json'], { cwd: app });
    const bad = await run('npx', ['--no-install', 'trailmark', 'validate', 'bad.json'], {
      cwd: app,
      quiet: true,
    }).then(
      () => {
        throw new Error('trailmark validate bad.json exited 0');
      },
      (error) => String(error.message),
    );
    for (const expected of ['exited with code 1', 'levels[0].modules[0].topics[0].kind']) {
      if (!bad.includes(expected)) throw new Error(`validate output lacks "${expected}":\n${bad}`);
    }
  });

  await step('trailmark-embed.js from the installed package in a static HTML page', async () => {
    const server = await serveStatic(app);
    try {
      await checkPage(`${server.url}/embed.html`, async (page) => {
        const element = page.locator('trailmark-roadmap');
        await element.locator('.tm-timeline__stop').first().waitFor();
        assertEqual(
          await element.locator('.tm-timeline__stop').count(),
          5,
          'levels inside the element',
        );
      });
    } finally {
      await server.close();
    }
  });

  console.log('\nconsumer tests passed');
} finally {
  await browser?.close();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

async function checkPage(url, check) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  try {
    await page.goto(url);
    await check(page);
    if (errors.length > 0) throw new Error(`${url}:\n${errors.join('\n')}`);
  } finally {
    await page.close();
  }
}

function assertEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}
