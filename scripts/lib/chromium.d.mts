import type { Browser } from 'playwright';

export declare const CHROMIUM_ARGS: readonly string[];
export declare const CHROMIUM_PATH: string;
export declare function chromiumPath(): string;
export declare function launchChromium(): Promise<Browser>;
