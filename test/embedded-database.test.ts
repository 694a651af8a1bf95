import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../platform/data/mongo';
import { ensureFerretDB, startFerretDB } from '../platform/data/ferretdb';

/** The embedded FerretDB that `npm start` and the tests run. */
describe('the embedded database', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coop-graph-ferret-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data across a restart', async () => {
    let server = await startFerretDB({ dataDir });
    let db = await connectDatabase(server.uri, 'persistence');
    await db.connection.collection('notes').insertOne({ text: '共驻共建' });
    await db.close();
    await server.stop();

    server = await startFerretDB({ dataDir });
    db = await connectDatabase(server.uri, 'persistence');
    expect(await db.connection.collection('notes').findOne({}, { projection: { _id: 0 } })).toEqual({ text: '共驻共建' });
    await db.close();
    await server.stop();
  });

  it('refuses to listen on anything but loopback', async () => {
    const bin = await ensureFerretDB();
    const result = spawnSync(bin, ['--listen-addr=0.0.0.0:0', `--sqlite-url=file:${dataDir}/`], { encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a loopback address');
  });

  it('enforces unique indexes, the ground that concurrent claims will stand on', async () => {
    const server = await startFerretDB({ dataDir });
    const db = await connectDatabase(server.uri, 'unique');
    const ledger = db.connection.collection('ledger');
    await ledger.createIndex({ item: 1, seq: 1 }, { unique: true });
    const attempts = await Promise.allSettled(Array.from({ length: 20 }, () => ledger.insertOne({ item: 'need-1', seq: 1 })));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    await db.close();
    await server.stop();
  });
});
