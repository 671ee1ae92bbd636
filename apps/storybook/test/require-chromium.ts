import { existsSync } from 'node:fs';

/** Fails the run early, saying how to fix it, instead of a Playwright launch stack trace. */
export default function requireChromium(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
}
