import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The browser the console's tests drive (test/web/): Debian's Chromium, headless, through
 * playwright-core (no browser download of Playwright's own). One browser per test file, with a fresh
 * profile; nothing it opens may leave the machine (every request is checked against the gateway's origin).
 */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const ROOT = path.resolve(__dirname, '../..');

/** A Chinese font is installed (fontconfig knows one), for screenshots that show the pages' text. */
const hasChineseFont = () => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

/** Installs Chromium (and a Chinese font) with scripts/install-chromium.sh when missing (the tests' global set-up). */
export function ensureChromium(progress: (line: string) => void) {
  if (fs.existsSync(CHROMIUM) && hasChineseFont()) return;
  progress('Chromium or a Chinese font is missing: installing them for the console tests (scripts/install-chromium.sh)…');
  execFileSync('sh', [path.join(ROOT, 'scripts/install-chromium.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The newest modification time under `file` (a file, or a folder walked through). */
function newest(file: string): number {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
}

/**
 * The console's build (web/dist), made again when it is missing or older than its sources (npm install
 * makes it; a change to web/ after that would otherwise be tested on the old build). Run by the tests'
 * global set-up, once, before the workers start.
 */
export function ensureConsoleBuilt(progress: (line: string) => void) {
  const built = newest(path.join(ROOT, 'web/dist/index.html'));
  const sources = Math.max(...['web/src', 'web/public', 'web/index.html', 'web/vite.config.mts'].map((f) => newest(path.join(ROOT, f))));
  if (built && built >= sources) return;
  progress('Building the web console (web/dist) for the browser tests…');
  // As `npm run web:build` makes it: Jest's NODE_ENV=test would give React's development build.
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface Browser {
  context: BrowserContext;
  /** A new tab (its own sessionStorage: one signed-in role), failing the test on a request off `origin` or a CSP violation. */
  page(viewport?: { width: number; height: number }): Promise<Page>;
  /** What went wrong in any tab: requests off the origin, policy violations, uncaught errors. */
  problems: string[];
  screenshot(page: Page, name: string): Promise<string>;
  /** The page's cumulative layout shift since it was loaded (shifts not caused by the user's input). */
  layoutShift(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchBrowser(origin: string): Promise<Browser> {
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'coop-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const problems: string[] = [];
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    problems,
    async page(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const w = window as unknown as { __layoutShift: number };
        w.__layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) w.__layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request off the machine's gateway: ${url}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`policy: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    layoutShift: (page) => page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift),
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
