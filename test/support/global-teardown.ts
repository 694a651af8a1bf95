import fs from 'node:fs';
import type { EmbeddedDatabase } from '../../platform/data/ferretdb';

export default async function globalTeardown() {
  // Running in band, the tests' shared stack (shared-stack.ts) lives in this process: it stops first.
  const stopSharedStack = (globalThis as Record<string, unknown>).__coopGraphStopSharedStack as (() => Promise<void>) | undefined;
  await stopSharedStack?.();
  const db = (globalThis as Record<string, unknown>).__EMBEDDED_DB__ as EmbeddedDatabase | undefined;
  if (!db) return;
  await db.stop();
  fs.rmSync(db.dataDir, { recursive: true, force: true });
}
