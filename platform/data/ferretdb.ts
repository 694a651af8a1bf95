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

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIR = path.join(PROJECT_ROOT, 'tools', 'ferretdb');
const PATCH_DIR = path.join(SOURCE_DIR, '_patch');
const TOOLS_DIR = path.join(PROJECT_ROOT, '.tools');
const BIN_DIR = path.join(TOOLS_DIR, 'bin');

/**
 * Two builds of the same FerretDB v1.24.2 module: `patched` (the one every server uses) carries the
 * project's changes in tools/ferretdb/_patch (queries answered from SQLite's indexes, the `$group`
 * fix); `stock` is the module unchanged, the reference the differential test compares against.
 */
export type FerretDBBuild = 'patched' | 'stock';

export const FERRETDB_BIN = binaryOf('patched');

function binaryOf(build: FerretDBBuild): string {
  return path.join(BIN_DIR, build === 'patched' ? 'ferretdb' : 'ferretdb-stock');
}

export class EmbeddedDatabaseError extends Error {}

type Progress = (line: string) => void;

interface PatchEdit {
  file: string;
  anchor: string;
  with: string;
}

/** The project's own files under a folder, relative paths sorted (what the build hashes and copies). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function sourceHash(build: FerretDBBuild): string {
  const hash = createHash('sha256');
  hash.update(build);
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(fs.readFileSync(path.join(SOURCE_DIR, file)));
  if (build === 'patched') {
    for (const file of filesUnder(PATCH_DIR)) hash.update(file).update(fs.readFileSync(path.join(PATCH_DIR, file)));
  }
  return hash.digest('hex');
}

function isInstalled(build: FerretDBBuild): boolean {
  try {
    const bin = binaryOf(build);
    return fs.existsSync(bin) && fs.readFileSync(`${bin}.stamp`, 'utf8') === sourceHash(build);
  } catch {
    return false;
  }
}

/**
 * Builds the FerretDB binary unless the cached one matches the sources.
 * A first build takes one to two minutes on two cores; progress is reported
 * every few seconds so that nobody mistakes it for a hang.
 */
export async function ensureFerretDB(progress: Progress = () => {}, build: FerretDBBuild = 'patched'): Promise<string> {
  const bin = binaryOf(build);
  if (isInstalled(build)) return bin;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    throw new EmbeddedDatabaseError(
      'The embedded database (FerretDB) is built with Go, and `go` was not found on PATH.\n' +
        'Install Go 1.24 or newer (for example `apt-get install golang`), or set MONGODB_URI ' +
        'to a MongoDB you run yourself.',
    );
  }
  // Build in a private folder, then move into place: two processes that
  // build at once (a test run and `npm start`) never see half a binary.
  fs.mkdirSync(BIN_DIR, { recursive: true });
  const work = fs.mkdtempSync(path.join(TOOLS_DIR, 'build-'));
  progress(`Building the embedded database (FerretDB ${build}, ${go.stdout.trim()}); the first build takes 1-2 minutes…`);
  const started = Date.now();
  const timer = setInterval(
    () => progress(`  …still building FerretDB (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  );
  // -trimpath: the Go build cache then serves both builds and every rebuild, wherever the copy lies.
  const env = { ...process.env, GOFLAGS: '-mod=readonly', GOTOOLCHAIN: 'local' };
  try {
    const mainDir = build === 'patched' ? await preparePatchedSource(work, env) : SOURCE_DIR;
    const output = await run('go', ['build', '-trimpath', '-o', path.join(work, 'ferretdb'), '.'], { cwd: mainDir, env });
    if (output.code !== 0) {
      throw new EmbeddedDatabaseError(
        `Building FerretDB failed (go build, exit ${output.code}):\n${output.stderr.slice(-4000)}\n` +
          'The Go module proxy must be reachable for the first build. Alternatively set MONGODB_URI.',
      );
    }
    fs.renameSync(path.join(work, 'ferretdb'), bin);
    fs.writeFileSync(`${bin}.stamp`, sourceHash(build));
    progress(`FerretDB built in ${Math.round((Date.now() - started) / 1000)} s: ${path.relative(PROJECT_ROOT, bin)}`);
    return bin;
  } finally {
    clearInterval(timer);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Like patch-package: the FerretDB module comes unchanged from the Go module proxy; a copy of it
 * gets the project's files (tools/ferretdb/_patch/**\/*.go) and anchored edits (_patch/edits.json),
 * and the wrapper is built against the copy through a `replace` directive.
 */
async function preparePatchedSource(work: string, env: NodeJS.ProcessEnv): Promise<string> {
  const plan = JSON.parse(fs.readFileSync(path.join(PATCH_DIR, 'edits.json'), 'utf8')) as {
    module: string;
    edits: PatchEdit[];
  };
  const download = await run('go', ['mod', 'download', '-json', plan.module], { cwd: SOURCE_DIR, env, stdout: true });
  const moduleDir = download.code === 0 ? (JSON.parse(download.stdout) as { Dir?: string }).Dir : undefined;
  if (!moduleDir) {
    throw new EmbeddedDatabaseError(`Could not obtain ${plan.module} from the Go module proxy:\n${download.stdout}${download.stderr}`);
  }

  const copy = path.join(work, 'module');
  fs.cpSync(moduleDir, copy, { recursive: true });
  makeWritable(copy); // the module cache is read-only
  for (const edit of plan.edits) {
    const file = path.join(copy, edit.file);
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf(edit.anchor);
    if (at < 0 || text.indexOf(edit.anchor, at + 1) >= 0) {
      throw new EmbeddedDatabaseError(`FerretDB patch: "${edit.anchor}" must occur exactly once in ${edit.file}`);
    }
    fs.writeFileSync(file, text.slice(0, at) + edit.with + text.slice(at + edit.anchor.length));
  }
  for (const file of filesUnder(PATCH_DIR).filter((f) => f.endsWith('.go'))) {
    fs.cpSync(path.join(PATCH_DIR, file), path.join(copy, file));
  }

  const main = path.join(work, 'main');
  fs.mkdirSync(main);
  for (const file of ['main.go', 'go.sum']) fs.copyFileSync(path.join(SOURCE_DIR, file), path.join(main, file));
  fs.writeFileSync(
    path.join(main, 'go.mod'),
    `${fs.readFileSync(path.join(SOURCE_DIR, 'go.mod'), 'utf8')}\nreplace ${plan.module} => ../module\n`,
  );
  return main;
}

function makeWritable(dir: string) {
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
  }
  fs.chmodSync(dir, 0o755);
}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; stdout?: boolean }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', opts.stdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
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
  /** Kills the process outright (SIGKILL), as a crash would: for tests of what survives one. */
  kill(): Promise<void>;
}

/** Starts FerretDB on 127.0.0.1 with its SQLite files in `dataDir`. */
export async function startFerretDB(opts: {
  dataDir: string;
  port?: number;
  progress?: Progress;
  /** Use FerretDB's PostgreSQL backend on this server instead of SQLite (the benchmark's option). */
  postgresqlUrl?: string;
  /** The unchanged module instead of the project's build (the differential test's reference). */
  build?: FerretDBBuild;
}): Promise<EmbeddedDatabase> {
  const bin = await ensureFerretDB(opts.progress, opts.build);
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

  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8000)));
  let ready = false;
  // A database that dies while in use says why, instead of leaving its clients to time out in silence.
  child.once('exit', (code, signal) => {
    if (ready && !stopping) process.stderr.write(`FerretDB (port ${port}) exited unexpectedly (${signal ?? code}):\n${stderr.slice(-4000)}\n`);
  });
  let stopping = false;
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => fail('did not start within 30 s'), 30_000);
    function fail(why: string) {
      clearTimeout(timeout);
      child.kill('SIGKILL');
      reject(new EmbeddedDatabaseError(`FerretDB ${why} (port ${port}, data ${dataDir}):\n${stderr.slice(-2000)}`));
    }
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ferretdb ready')) {
        clearTimeout(timeout);
        ready = true;
        resolve();
      }
    });
    child.once('exit', (code) => ready || fail(`exited with code ${code}`));
  });

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    dataDir,
    stop: () => {
      stopping = true;
      return stopChild(child, killOnExit);
    },
    kill: () => {
      stopping = true;
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
  };
}

function stopChild(child: ChildProcess, killOnExit: () => void): Promise<void> {
  process.removeListener('exit', killOnExit);
  return stopProcess(child);
}

/** Asks a child process to stop (SIGTERM) and waits for it; kills it if it takes over `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
