/**
 * The built pages' Content-Security-Policy: scripts, styles and images only from this site, nothing
 * inline (the theme is set by an external script, React's prerender emits no inline script, and
 * scripts/build.js fails the build if one appears). Only in the build: Vite's dev server injects
 * inline styles for hot reloading.
 */
import type { Plugin } from 'vite';

/** The policy, one directive per entry. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Vite plugin: adds the policy as a `<meta http-equiv>` at the top of the built page's head. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'trailmark-demo:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
