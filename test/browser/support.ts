/**
 * Shared by the Chromium tests: finds Debian's chromium, launches it through playwright-core,
 * builds the minified bundle and serves files on 127.0.0.1. Importing this file does nothing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = process.env.PYJSON_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or `false` when they can. */
export function skipReason(): string | false {
  if (!existsSync(CHROMIUM)) {
    return `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set PYJSON_CHROMIUM)`;
  }
  if (!existsSync(`${ROOT}dist/index.js`)) return 'dist/index.js is missing: run `npm run build` first';
  return false;
}

/** The flags this machine needs (closed network, root, no GPU). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // playwright gives each launch a new, empty user data directory.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000 });
}

interface BundleModule { bundle(): Promise<{ code: string; minified: number; gzipped: number }> }
interface ServeModule {
  startServer(o: { root: string; routes?: Record<string, string> }): Promise<{ url: string; close(): Promise<void> }>;
}

/** The minified ESM bundle of dist/ (scripts/bundle.mjs), in memory. */
export async function minifiedBundle(): Promise<{ code: string; minified: number; gzipped: number }> {
  const mod = (await import(new URL('scripts/bundle.mjs', `file://${ROOT}`).href)) as BundleModule;
  return mod.bundle();
}

export async function serve(root: string, routes: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const mod = (await import(new URL('scripts/serve.mjs', `file://${ROOT}`).href)) as ServeModule;
  return mod.startServer({ root, routes });
}
