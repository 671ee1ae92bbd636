// The system's Chromium (Debian's package), for every browser test, benchmark and script of the
// repository, through Playwright or Lighthouse: one path rule, one set of flags, nothing downloaded.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Flags for a headless Chromium in a container, without background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; not checked (see {@link chromiumPath}). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** {@link CHROMIUM_PATH}, checked: a clear error, saying how to fix it, when it is missing. */
export function chromiumPath() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return CHROMIUM_PATH;
}

/** Launches it with Playwright. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
