import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The embedded database: FerretDB (MongoDB wire protocol, Apache-2.0) with its
 * SQLite backend, built from `tools/ferretdb` with the machine's Go toolchain
 * on first use and cached under `.tools/`. It listens on loopback only and
 * has no telemetry (see tools/ferretdb/main.go for why it is a small wrapper).
 */

export const PROJECT_ROOT = path.resolve(__dirname, '..');
const SOURCE_DIR = path.join(PROJECT_ROOT, 'tools', 'ferretdb');
const BIN_DIR = path.join(PROJECT_ROOT, '.tools', 'bin');
export const FERRETDB_BIN = path.join(BIN_DIR, 'ferretdb');
const STAMP = `${FERRETDB_BIN}.stamp`;

export class EmbeddedDatabaseError extends Error {}

type Progress = (line: string) => void;

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) {
    hash.update(fs.readFileSync(path.join(SOURCE_DIR, file)));
  }
  return hash.digest('hex');
}

function isInstalled(): boolean {
  try {
    return fs.existsSync(FERRETDB_BIN) && fs.readFileSync(STAMP, 'utf8') === sourceHash();
  } catch {
    return false;
  }
}

/**
 * Builds the FerretDB binary unless the cached one matches the sources.
 * A first build takes one to two minutes on two cores; progress is reported
 * every few seconds so that nobody mistakes it for a hang.
 */
export async function ensureFerretDB(progress: Progress = () => {}): Promise<string> {
  if (isInstalled()) return FERRETDB_BIN;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    throw new EmbeddedDatabaseError(
      'The embedded database (FerretDB) is built with Go, and `go` was not found on PATH.\n' +
        'Install Go 1.24 or newer (for example `apt-get install golang`), or set MONGODB_URI ' +
        'to a MongoDB you run yourself.',
    );
  }
  // Build into a private folder, then move into place: two processes that
  // build at once (a test run and `npm start`) never see half a binary.
  fs.mkdirSync(BIN_DIR, { recursive: true });
  const tmpBin = fs.mkdtempSync(path.join(PROJECT_ROOT, '.tools', 'build-'));
  progress(`Building the embedded database (FerretDB, ${go.stdout.trim()}); the first build takes 1-2 minutes…`);
  const started = Date.now();
  const timer = setInterval(
    () => progress(`  …still building FerretDB (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  );
  try {
    const output = await run('go', ['install', '.'], {
      cwd: SOURCE_DIR,
      env: { ...process.env, GOBIN: tmpBin, GOFLAGS: '-mod=readonly', GOTOOLCHAIN: 'local' },
    });
    if (output.code !== 0) {
      throw new EmbeddedDatabaseError(
        `Building FerretDB failed (go install, exit ${output.code}):\n${output.stderr.slice(-4000)}\n` +
          'The Go module proxy must be reachable for the first build. Alternatively set MONGODB_URI.',
      );
    }
    fs.renameSync(path.join(tmpBin, 'ferretdb'), FERRETDB_BIN);
    fs.writeFileSync(STAMP, sourceHash());
    progress(`FerretDB built in ${Math.round((Date.now() - started) / 1000)} s: ${path.relative(PROJECT_ROOT, FERRETDB_BIN)}`);
    return FERRETDB_BIN;
  } finally {
    clearInterval(timer);
    fs.rmSync(tmpBin, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** A free loopback TCP port, for callers that ask for port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface EmbeddedDatabase {
  uri: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts FerretDB on 127.0.0.1 with its SQLite files in `dataDir`. */
export async function startFerretDB(opts: {
  dataDir: string;
  port?: number;
  progress?: Progress;
  /** Use FerretDB's PostgreSQL backend on this server instead of SQLite (the benchmark's option). */
  postgresqlUrl?: string;
}): Promise<EmbeddedDatabase> {
  const bin = await ensureFerretDB(opts.progress);
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const port = opts.port || (await freePort());
  const child = spawn(
    bin,
    // WAL (FerretDB's default) with synchronous=NORMAL: a commit survives a crash of any process and
    // costs no fsync of its own (only an OS crash may lose the last commits) — 2 to 5 times faster writes
    // for a development, demo and test database.
    [
      `--listen-addr=127.0.0.1:${port}`,
      `--sqlite-url=file:${dataDir}/?_pragma=synchronous(normal)`,
      ...(opts.postgresqlUrl ? [`--postgresql-url=${opts.postgresqlUrl}`] : []),
      '--log-level=error',
    ],
    // DO_NOT_TRACK is belt and braces: the embeddable server has no reporter.
    { env: { PATH: process.env.PATH, DO_NOT_TRACK: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  await new Promise<void>((resolve, reject) => {
    let stderr = '';
    const timeout = setTimeout(() => fail('did not start within 30 s'), 30_000);
    function fail(why: string) {
      clearTimeout(timeout);
      child.kill('SIGKILL');
      reject(new EmbeddedDatabaseError(`FerretDB ${why} (port ${port}, data ${dataDir}):\n${stderr.slice(-2000)}`));
    }
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ferretdb ready')) {
        clearTimeout(timeout);
        resolve();
      }
    });
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    dataDir,
    stop: () => stopChild(child, killOnExit),
  };
}

function stopChild(child: ChildProcess, killOnExit: () => void): Promise<void> {
  process.removeListener('exit', killOnExit);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
