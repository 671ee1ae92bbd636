#!/usr/bin/env node
// Consumer tests: pack every published package, install the tarballs into fresh projects outside the
// workspace (no links, no hoisting from the repository), and use them the way a new user would.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { testAstro, testNext } from './lib/framework-consumers.mjs';
import { assertEqual, checkPage as checkPageIn } from './lib/page-check.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { publishedPackages, run, step } from './lib/workspace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'scripts/consumers');
const keep = process.argv.includes('--keep');
// `--only=vite,nextjs,astro` runs some of the apps (all by default), for working on one of them.
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const runs = (app) => !only || only.includes(app);
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

  for (const react of runs('vite') ? ['19.3.1', '18.3.1'] : []) {
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
        'errors.html',
        'errors.jsx',
        'hydrate.html',
        'hydrate.jsx',
        'hydrate-app.js',
        'ssr-hydrate.mjs',
      ]) {
        writeFileSync(join(app, file), readFileSync(join(fixtures, file)));
      }
      // The README's quick start, and its example of an invalid curriculum given a broken file.
      mkdirSync(join(app, 'quick-start'));
      writeFileSync(
        join(app, 'quick-start/Roadmap.tsx'),
        readFileSync(join(root, 'docs/examples/quick-start/Roadmap.tsx')),
      );
      mkdirSync(join(app, 'errors'));
      writeFileSync(
        join(app, 'errors/Roadmap.tsx'),
        readFileSync(join(root, 'docs/examples/errors/Roadmap.tsx')),
      );
      writeFileSync(join(app, 'errors/roadmap.json'), readFileSync(join(fixtures, 'bad.json')));
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
          // English: the quick start passes no locale, and the page says lang="en".
          await page.getByText('Fine-tuning and private deployment').first().waitFor();
          const version = await page.evaluate(() => window.__reactVersion);
          assertEqual(version, react, 'React version the app runs');
        });
      } finally {
        await server.close();
      }
    });

    await step(
      `React ${react}: an invalid curriculum shows the error panel, not a blank page`,
      async () => {
        const server = await serveStatic(join(app, 'dist'));
        try {
          await checkPage(`${server.url}/errors.html`, async (page) => {
            const panel = page.getByRole('alert');
            await panel.getByRole('heading', { name: 'This roadmap cannot be shown' }).waitFor();
            await panel.getByText('levels[0].modules[0].topics[0].kind').waitFor();
          });
        } finally {
          await server.close();
        }
      },
    );

    await step(
      `React ${react}: server HTML hydrates without a warning, then follows <html lang>`,
      async () => {
        await run('node', ['ssr-hydrate.mjs'], { cwd: app });
        const server = await serveStatic(join(app, 'dist'));
        try {
          await checkPage(`${server.url}/hydrate.html`, async (page) => {
            // English appears only once React has hydrated and read <html lang="en">.
            await page.getByText('Fine-tuning and private deployment').first().waitFor();
            assertEqual(
              await page.getByText('大模型微调与私有化部署').count(),
              0,
              'Chinese titles left',
            );
          });
        } finally {
          await server.close();
        }
      },
    );

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

  const frameworkOptions = { root, work, tarballs, browser, npmEnv };
  if (runs('nextjs')) await testNext(frameworkOptions);
  if (runs('astro')) await testAstro(frameworkOptions);

  const app = join(work, 'react-19.3.1');
  if (runs('vite'))
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
        if (!bad.includes(expected))
          throw new Error(`validate output lacks "${expected}":\n${bad}`);
      }
    });

  if (runs('vite'))
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

function checkPage(url, check) {
  return checkPageIn(browser, url, check);
}
