// @ts-check
// What a host page downloads to show the LLM engineer roadmap: with @trailmark/embed's script, or
// with an <iframe> of the demo's /embed/frame page. Both are loaded in Chromium from a host page
// on another origin, and every response from the roadmap's origin is counted.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preview } from 'vite';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { gzipSize } from './pages.js';

/** @typedef {{ url: string, type: string, raw: number, gzip: number }} Resource */

/**
 * Every response from `origin` while `hostUrl` loads, until the roadmap is drawn (`drawn`
 * resolves) and the network is idle.
 * @param {import('playwright').Browser} browser
 * @param {string} hostUrl
 * @param {string} origin
 * @param {(page: import('playwright').Page) => Promise<unknown>} drawn
 * @returns {Promise<Resource[]>}
 */
async function responsesFrom(browser, hostUrl, origin, drawn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    /** @type {Promise<Resource>[]} */
    const pending = [];
    page.on('response', (response) => {
      if (!response.url().startsWith(origin)) return;
      pending.push(
        response.body().then((body) => ({
          url: response.url().slice(origin.length),
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipSize(body),
        })),
      );
    });
    await page.goto(hostUrl);
    await drawn(page);
    await page.waitForLoadState('networkidle');
    return await Promise.all(pending);
  } finally {
    await context.close();
  }
}

/**
 * Loads both ways of showing the roadmap and returns what each transferred.
 * @param {object} options
 * @param {import('playwright').Browser} options.browser
 * @param {string} options.repoRoot
 * @param {string} options.workDir a scratch folder
 */
export async function measureEmbedding({ browser, repoRoot, workDir }) {
  const embedDist = join(repoRoot, 'packages/embed/dist');
  const site = join(workDir, 'embed-host');
  await mkdir(join(site, 'roadmaps'), { recursive: true });
  await copyFile(join(embedDist, 'trailmark-embed.js'), join(site, 'trailmark-embed.js'));
  await copyFile(
    join(embedDist, 'roadmaps/llm-engineer.json'),
    join(site, 'roadmaps/llm-engineer.json'),
  );
  const files = {
    script: gzipSize(await readFile(join(embedDist, 'trailmark-embed.js'))),
    data: gzipSize(await readFile(join(embedDist, 'roadmaps/llm-engineer.json'))),
  };

  const demo = await preview({
    root: join(repoRoot, 'apps/demo'),
    logLevel: 'silent',
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const address = demo.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the demo preview has no port');
  const demoOrigin = `http://127.0.0.1:${address.port}`;
  const frameUrl = `${demoOrigin}/embed/frame?roadmap=llm-engineer&locale=en&theme=light`;

  // Two host pages on their own origin: the script and element, or the iframe.
  await writeFile(
    join(site, 'script.html'),
    '<!doctype html><html lang="en"><title>embed</title><body>' +
      '<script type="module" src="./trailmark-embed.js"></script>' +
      '<trailmark-roadmap roadmap="llm-engineer" locale="en" theme="light"></trailmark-roadmap>',
  );
  await writeFile(
    join(site, 'iframe.html'),
    '<!doctype html><html lang="en"><title>iframe</title><body>' +
      `<iframe src="${frameUrl}" title="roadmap" width="100%" height="900"></iframe>`,
  );
  const host = await serveStatic(site);
  try {
    // The host page itself is not counted for the script: only the two embed files are.
    const script = (
      await responsesFrom(browser, `${host.url}/script.html`, host.url, (page) =>
        // The element's `curriculum` is the validated document once it is drawn.
        page.waitForFunction(
          () =>
            /** @type {{ curriculum?: unknown } | null} */ (
              document.querySelector('trailmark-roadmap')
            )?.curriculum,
        ),
      )
    ).filter((resource) => !resource.url.endsWith('.html'));
    const frame = await responsesFrom(browser, `${host.url}/iframe.html`, demoOrigin, (page) =>
      page.frameLocator('iframe').locator('.tm-timeline').first().waitFor(),
    );
    return { files, script, frame, frameUrl: frameUrl.slice(demoOrigin.length) };
  } finally {
    await host.close();
    await demo.close();
  }
}
