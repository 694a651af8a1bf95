import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/server/config';
import { freePort, PROJECT_ROOT, stopProcess } from '../platform/data/ferretdb';

/**
 * The four subgraphs and the gateway, each in a process of its own, as they are deployed: what
 * `npm start` and the benchmark run. Each process reads the same environment (config.ts); this only
 * adds the ports and addresses, waits until each answers GET /health, and stops them all together.
 */
export interface Processes {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

const ENTRY: Record<SubgraphName | 'gateway', string> = {
  organizations: 'subgraphs/organizations/index.ts',
  members: 'subgraphs/members/index.ts',
  'resident-units': 'subgraphs/resident-units/index.ts',
  services: 'subgraphs/services/index.ts',
  gateway: 'gateway/index.ts',
};

const ENV_NAME = (name: SubgraphName) => name.toUpperCase().replace('-', '_');

/** A process running one of the project's entry points through tsx, with extra environment. */
export function runEntry(entry: string, env: Record<string, string>, stdio: 'inherit' | 'ignore' = 'inherit'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, entry)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdio, 'inherit'],
  });
}

export async function startProcesses(opts: {
  /** The database all four subgraphs use (each its own database on it). */
  mongoUri: string;
  host: string;
  /** Ports to listen on; free ones are picked when not given. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  env?: Record<string, string>;
  /** The servers' own output: shown (npm start) or not (the benchmark). */
  output?: 'inherit' | 'ignore';
}): Promise<Processes> {
  const port = async (name: SubgraphName | 'gateway') => opts.ports?.[name] ?? (await freePort());
  const ports = Object.fromEntries(await Promise.all([...SUBGRAPH_NAMES, 'gateway' as const].map(async (n) => [n, await port(n)]))) as Record<
    SubgraphName | 'gateway',
    number
  >;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://${opts.host}:${ports[n]}/graphql`])) as Record<SubgraphName, string>;
  const env: Record<string, string> = { ...opts.env, MONGODB_URI: opts.mongoUri, HOST: opts.host, GATEWAY_PORT: String(ports.gateway) };
  for (const n of SUBGRAPH_NAMES) {
    env[`${ENV_NAME(n)}_PORT`] = String(ports[n]);
    env[`${ENV_NAME(n)}_URL`] = subgraphUrls[n];
  }

  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
  };
  try {
    // Subgraphs first (the gateway composes nothing at start, but answers only once they do).
    for (const n of SUBGRAPH_NAMES) children.push(runEntry(ENTRY[n], env, opts.output));
    await Promise.all(SUBGRAPH_NAMES.map((n, i) => healthy(children[i], `http://${opts.host}:${ports[n]}/health`, n)));
    children.push(runEntry(ENTRY.gateway, env, opts.output));
    await healthy(children.at(-1)!, `http://${opts.host}:${ports.gateway}/health`, 'gateway');
  } catch (err) {
    await stop();
    throw err;
  }
  return { gatewayUrl: `http://${opts.host}:${ports.gateway}/graphql`, subgraphUrls, stop };
}

/** Waits until the process answers its health check; fails if it exits or takes over a minute. */
async function healthy(child: ChildProcess, url: string, name: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`The ${name} process exited (code ${child.exitCode}) before it answered ${url}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The ${name} process did not answer ${url} within a minute`);
}
