/**
 * The built pages' Content-Security-Policy: scripts, styles and images only from this site, nothing
 * inline but the early script (`early-address.js`, allowed by its hash: it sets the theme and
 * decides the address before anything is requested); React's prerender emits no inline script, and scripts/build.js fails the build if a script the policy does not allow
 * appears. Only in the build: Vite's dev server injects inline styles for hot reloading.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The early script, as written into every page: without its comments and indentation. */
export const EARLY_SCRIPT = readFileSync(new URL('./early-address.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .replace(/\n\s*/g, '')
  .trim();

const earlyScriptHash = `'sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}'`;

/** The policy, one directive per entry. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${earlyScriptHash}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const CHARSET = '<meta charset="utf-8" />';

/**
 * Vite plugin: adds the policy as a `<meta http-equiv>` at the top of the built page's head (after
 * `<meta charset>`, which must come first), and the language decision right after it, ahead of
 * every stylesheet and script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'trailmark-demo:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(CHARSET)) throw new Error(`index.html has no ${CHARSET}`);
      const policy = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
      return html.replace(
        CHARSET,
        () =>
          `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">` +
          `\n    <script>${EARLY_SCRIPT}</script>`,
      );
    },
  };
}
