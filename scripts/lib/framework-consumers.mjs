// Consumer tests for frameworks beyond Vite: a Next.js App Router app and an Astro site, each made
// from the README's example folder (docs/examples/*) and the packed tarballs.
import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { assertEqual, checkPage, setFirstTopicStatus } from './page-check.mjs';
import { serveStatic } from './static-server.mjs';
import { run, step } from './workspace.mjs';

/** Exact versions known to work on Node 20 (Astro 6 and later need Node 22). */
const versions = {
  next: '16.4.6',
  astro: '5.9.4',
  '@astrojs/react': '4.4.2',
  react: '19.3.1',
  typescript: '5.9.3',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
  '@types/node': '20.19.43',
};
const pick = (...names) => Object.fromEntries(names.map((name) => [name, versions[name]]));
const englishLevel = 'Fine-tuning and private deployment';

/** Writes a package.json whose Trailmark dependencies (and their edges) are the tarballs. */
function writeManifest(app, name, tarballs, dependencies, devDependencies) {
  const trailmark = Object.fromEntries(
    Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`]),
  );
  const manifest = {
    name,
    private: true,
    type: 'module',
    dependencies: { ...trailmark, ...dependencies },
    devDependencies,
    overrides: Object.fromEntries(Object.keys(tarballs).map((pkg) => [pkg, `$${pkg}`])),
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `next start` and resolves once it answers; `stop()` ends that process only. */
async function startNext(app, env) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  // A hang guard, not a speed check: give up after two minutes of refused connections.
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    const ok = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (attempt > 240) throw new Error(`next start did not answer:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/**
 * The Next.js 16 App Router example: builds it (TypeScript checked by `next build`), serves it,
 * and checks the server HTML, hydration without a warning, the page's bytes against a page that
 * passes the roadmap from a Server Component, and progress saved to the server.
 * @returns {Promise<Record<string, number>>} the measured page sizes, in bytes
 */
export async function testNext({ root, work, tarballs, browser, npmEnv }) {
  const app = join(work, 'nextjs');
  const env = { ...npmEnv, NEXT_TELEMETRY_DISABLED: '1' };
  await step(
    `create a Next.js ${versions.next} App Router app from docs/examples/nextjs`,
    async () => {
      cpSync(join(root, 'docs/examples/nextjs'), app, { recursive: true });
      // One page that is not an example: the roadmap passed as a prop, measured below.
      cpSync(join(root, 'scripts/consumers/nextjs'), app, { recursive: true });
      const { '@trailmark/embed': _, ...used } = tarballs;
      writeManifest(
        app,
        'consumer-nextjs',
        used,
        { ...pick('next', 'react'), 'react-dom': versions.react },
        pick('typescript', '@types/react', '@types/react-dom', '@types/node'),
      );
      await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: app, env });
      await run(process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: app,
        env,
      });
    },
  );

  const server = await startNext(app, env);
  const sizes = {};
  try {
    await step('Next.js: server HTML in the page language, one copy of the roadmap', async () => {
      const page = await (await fetch(`${server.url}/`)).text();
      const passed = await (await fetch(`${server.url}/from-server`)).text();
      for (const [name, html] of [
        ['/', page],
        ['/from-server', passed],
      ]) {
        if (!html.includes('<html lang="en">')) throw new Error(`${name}: no <html lang="en">`);
        if (!html.includes(englishLevel)) throw new Error(`${name}: server HTML lacks the levels`);
      }
      sizes.page = Buffer.byteLength(page);
      sizes.fromServer = Buffer.byteLength(passed);
      console.log(
        `  page HTML: ${sizes.page} bytes with the roadmap imported in the client component, ` +
          `${sizes.fromServer} bytes with it passed from the Server Component`,
      );
      // The page shows English; the roadmap's Chinese texts appear only where its data is sent.
      if (page.includes('大模型微调与私有化部署')) {
        throw new Error('/ carries the roadmap data (its Chinese texts) in the page');
      }
      if (!passed.includes('大模型微调与私有化部署')) {
        throw new Error('/from-server was expected to carry the roadmap in its payload');
      }
      if (sizes.fromServer - sizes.page < 100_000) {
        throw new Error('passing the roadmap from the server was expected to add over 100 kB');
      }
    });

    await step('Next.js: hydrates without a warning; progress saved in localStorage', async () => {
      await checkPage(browser, `${server.url}/`, async (page) => {
        await page.locator('.tm-timeline__stop').first().waitFor();
        assertEqual(await page.locator('.tm-timeline__stop').count(), 5, 'levels');
        const topic = await setFirstTopicStatus(page, 'Done');
        await page.reload();
        await page
          .locator(`li[data-topic-id="${topic}"]`)
          .getByRole('button', { name: /, status: Done$/ })
          .waitFor();
      });
    });

    await step('Next.js: progress / onProgressChange saves to the server', async () => {
      await checkPage(browser, `${server.url}/saved`, async (page) => {
        const saved = page.waitForResponse(
          (response) =>
            response.url().endsWith('/api/progress') && response.request().method() === 'PUT',
        );
        const topic = await setFirstTopicStatus(page, 'In progress');
        assertEqual((await saved).status(), 204, 'PUT /api/progress');
        const stored = await (await fetch(`${server.url}/api/progress`)).json();
        assertEqual(stored.topics?.[topic]?.status, 'in-progress', `saved status of ${topic}`);
        await page.getByRole('status').getByText('Saved').waitFor();
        // A new visit reads it back from the server (a fresh browser context has no localStorage).
        await page.reload();
        await page
          .locator(`li[data-topic-id="${topic}"]`)
          .getByRole('button', { name: /, status: In progress$/ })
          .waitFor();
      });
    });
  } finally {
    await server.stop();
  }
  return sizes;
}

/**
 * The Astro example (a React island, `client:load`): builds the static site and checks its server
 * HTML and hydration in Chromium.
 */
export async function testAstro({ root, work, tarballs, browser, npmEnv }) {
  const app = join(work, 'astro');
  await step(
    `create an Astro ${versions.astro} site with @astrojs/react from docs/examples/astro`,
    async () => {
      cpSync(join(root, 'docs/examples/astro'), app, { recursive: true });
      const { '@trailmark/embed': _, ...used } = tarballs;
      writeManifest(
        app,
        'consumer-astro',
        used,
        { ...pick('astro', '@astrojs/react', 'react'), 'react-dom': versions.react },
        pick('@types/react', '@types/react-dom'),
      );
      await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: app, env: npmEnv });
      await run(process.execPath, [join(app, 'node_modules/astro/astro.js'), 'build'], {
        cwd: app,
        env: { ...npmEnv, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    },
  );

  await step('Astro: server HTML, hydration without a warning, progress kept', async () => {
    const server = await serveStatic(join(app, 'dist'));
    try {
      const html = await (await fetch(`${server.url}/`)).text();
      if (!html.includes(englishLevel)) throw new Error('Astro HTML lacks the levels');
      if (html.includes('大模型微调与私有化部署')) {
        throw new Error('Astro HTML carries the roadmap data in the island props');
      }
      console.log(`  page HTML: ${Buffer.byteLength(html)} bytes`);
      await checkPage(browser, `${server.url}/`, async (page) => {
        await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
        const topic = await setFirstTopicStatus(page, 'Done');
        await page.reload();
        await page
          .locator(`li[data-topic-id="${topic}"]`)
          .getByRole('button', { name: /, status: Done$/ })
          .waitFor();
      });
    } finally {
      await server.close();
    }
  });
}
