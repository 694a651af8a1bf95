import fs from 'node:fs';
import type { EmbeddedDatabase } from '../../platform/data/ferretdb';

export default async function globalTeardown() {
  const db = (globalThis as Record<string, unknown>).__EMBEDDED_DB__ as EmbeddedDatabase | undefined;
  if (!db) return;
  await db.stop();
  fs.rmSync(db.dataDir, { recursive: true, force: true });
}
