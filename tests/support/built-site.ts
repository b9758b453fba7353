/**
 * What a browser test of the built site starts before its tests and closes after them: dist/ served
 * as a static host serves it (static-server.ts) and Debian's Chromium (chromium.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

/** Serves `dist` and launches Chromium; fails at once, naming the file, when the build has not made `needs`. */
export async function openBuiltSite(dist: string, needs: string): Promise<BuiltSite> {
  if (!existsSync(resolve(dist, needs))) throw new Error(`${dist}/${needs} is missing: run \`npm run build\` first`);
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  return { server, browser };
}

/** Closes what openBuiltSite started (either may be missing when beforeAll failed). */
export async function closeBuiltSite(site: Partial<BuiltSite>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}
