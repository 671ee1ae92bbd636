// A Vitest globalSetup: fails a browser test run at once, saying how to fix it, when there is no
// Chromium, instead of a Playwright launch stack trace.
import { chromiumPath } from './chromium.mjs';

export default function requireChromium() {
  chromiumPath();
}
