import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureFerretDB, startFerretDB } from '../../platform/data/ferretdb';
import { ensureChromium, ensureConsoleBuilt } from './browser';

/**
 * One embedded FerretDB for the whole run, in a fresh temporary folder;
 * every test file gets databases of its own on it (see stack.ts). With
 * MONGODB_URI set, the tests run against that server instead.
 */
export default async function globalSetup() {
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  // The differential tests also run the unchanged build: build it now, before any worker starts, so that a
  // first run's Go compile (both cores for a minute) never competes with the timed tests.
  await ensureFerretDB(progress, 'stock');
  // The console's browser tests (test/web/) drive Debian's Chromium: installed here when it is missing.
  ensureChromium(progress);
  // …against the console's current build: made again here when web/ changed since it was built.
  ensureConsoleBuilt(progress);
  if (process.env.MONGODB_URI) {
    process.env.TEST_MONGODB_URI = process.env.MONGODB_URI;
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coop-graph-test-'));
  const db = await startFerretDB({ dataDir, progress });
  process.env.TEST_MONGODB_URI = db.uri;
  (globalThis as Record<string, unknown>).__EMBEDDED_DB__ = db;
}
