import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Limits } from './limits';

/**
 * Configuration is read from the environment once, at start-up, and passed in.
 * Nothing below the entry points reads process.env: a bad value stops the
 * process before it serves anything, with a message that names the variable.
 */

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.url({ protocol: /^https?$/ }).optional();
const optionalMongoUri = z
  .string()
  .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
  .optional();

export const SUBGRAPH_NAMES = ['organizations', 'members', 'resident-units', 'services'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Every server binds here. Loopback by default: nothing is exposed unless the operator says so. */
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port.default(4000),
  ORGANIZATIONS_PORT: port.default(4001),
  MEMBERS_PORT: port.default(4002),
  RESIDENT_UNITS_PORT: port.default(4003),
  SERVICES_PORT: port.default(4004),
  /** Where the gateway reaches each subgraph; defaults to HOST and the port above. */
  ORGANIZATIONS_URL: optionalUrl,
  MEMBERS_URL: optionalUrl,
  RESIDENT_UNITS_URL: optionalUrl,
  SERVICES_URL: optionalUrl,
  /** One MongoDB for all subgraphs (a database each); unset means the embedded FerretDB. */
  MONGODB_URI: optionalMongoUri,
  /** Per-subgraph overrides, for a deployment that gives each subgraph its own cluster. */
  ORGANIZATIONS_MONGODB_URI: optionalMongoUri,
  MEMBERS_MONGODB_URI: optionalMongoUri,
  RESIDENT_UNITS_MONGODB_URI: optionalMongoUri,
  SERVICES_MONGODB_URI: optionalMongoUri,
  /** Database names are `<DB_PREFIX>_<subgraph>`. */
  DB_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, 'lower-case letters, digits and _, starting with a letter')
    .default('coop'),
  /** Project-local folder for the embedded database's files. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Port of the embedded FerretDB (loopback only). */
  FERRETDB_PORT: port.default(27117),
  /**
   * Secret that signs and verifies tokens (HS256), at least 32 characters.
   * Required in production; elsewhere a random one is made once and kept in DATA_DIR.
   */
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    // Length alone lets `aaaa…` through: a secret of few distinct characters is guessable.
    .refine((secret) => new Set(secret).size >= 12, 'must be random: at least 12 different characters (e.g. `openssl rand -base64 48`)')
    .optional(),
  /** Limits on every request, at the gateway and at every subgraph (see platform/server/limits.ts and README, "Limits"). */
  GATEWAY_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  /**
   * Cost as platform/server/limits.ts counts it (lists without `first` and computed fields included): 50,000 is a few
   * seconds of the servers' work at most; the project's own heaviest requests (the statistics export, a
   * territory assignment) cost about 34,000 and 28,500, and the assignment alone weighs 25,000.
   */
  GATEWAY_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  GATEWAY_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5_000),
  GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().min(1_000).max(10_000_000).default(100_000),
  /** Requests per minute the gateway takes from one caller (token) and from one address; 0 turns a limit off. */
  RATE_LIMIT_PER_PRINCIPAL: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(1_200),
  /** How long the gateway waits for one subgraph's answer before giving up on that subgraph's part. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Most entity representations in one `_entities` request to a subgraph (the gateway's batches stay far below). */
  SUBGRAPH_MAX_REPRESENTATIONS: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  /** Where each subgraph binds, when not HOST (a subgraph may listen on an address of its own). */
  ORGANIZATIONS_HOST: z.string().min(1).optional(),
  MEMBERS_HOST: z.string().min(1).optional(),
  RESIDENT_UNITS_HOST: z.string().min(1).optional(),
  SERVICES_HOST: z.string().min(1).optional(),
  /** How often the services subgraph escalates overdue requests to their streets (超期上报); 0 turns it off. */
  REQUEST_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /**
   * How often each subgraph process reads the record of territory moves again (0: only at start). A
   * move is told to one process of each subgraph; where one runs as replicas, the others learn it so.
   */
  TERRITORY_MOVES_REFRESH_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Days a claim may stay pending before it expires and gives its quantity back (0: never). */
  CLAIM_EXPIRY_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  /** Largest photo a request may carry (POST /uploads), in bytes. */
  PHOTO_MAX_BYTES: z.coerce.number().int().min(1_000).max(50_000_000).default(5 * 1024 * 1024),
  /** Most photos one account may hold uploaded but not yet on a request. */
  PHOTO_MAX_PENDING: z.coerce.number().int().min(1).max(1_000).default(20),
  /** Most photos one account may upload in a (Beijing) day, attached or not. */
  PHOTO_MAX_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Hours an uploaded photo waits to be put on a request before the sweep removes it. */
  PHOTO_UNATTACHED_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
  /**
   * Webhooks (推送, app/webhooks.ts): how often the services subgraph looks for deliveries to make (0: never);
   * how long one post may take; the backoff between tries of one delivery (base × 2^(tries−1), at most the
   * cap, with jitter); after how many tries a delivery is given up and kept as FAILED (0: never given up).
   */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  WEBHOOK_BACKOFF_CAP_MS: z.coerce.number().int().min(10).max(86_400_000).default(600_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** Hours before a request's time limit that its handler is reminded (即将超期), once per deadline. */
  DEADLINE_NEAR_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** Load the demo territory into an empty database at start: by default outside production only. */
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  /**
   * POST /dev/sign-in at the gateway: a development token for a role of the territory, for the console's
   * sign-in (gateway/dev-sign-in.ts). On by default outside production while HOST is loopback; `true`
   * turns it on for another HOST (not in production, where `true` is refused), `false` off.
   */
  DEV_SIGN_IN: z.enum(['true', 'false']).optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface SubgraphConfig {
  name: SubgraphName;
  /** The address it binds (`<NAME>_HOST`, else HOST). */
  host: string;
  port: number;
  url: string;
  mongoUri?: string;
  dbName: string;
}

export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  host: string;
  gatewayPort: number;
  subgraphs: Record<SubgraphName, SubgraphConfig>;
  /** Set when every subgraph has a URI of its own or MONGODB_URI is given. */
  mongoUri?: string;
  dataDir: string;
  ferretdbPort: number;
  demoData: boolean;
  /** Whether the gateway offers POST /dev/sign-in (never in production). */
  devSignIn: boolean;
  requestSweepSeconds: number;
  territoryMovesRefreshSeconds: number;
  claimExpiryDays: number;
  /** Largest photo upload, in bytes. */
  photoMaxBytes: number;
  /** Most photos one account may hold unattached. */
  photoMaxPending: number;
  /** Most photos one account may upload a day. */
  photoMaxPerDay: number;
  /** Hours before an unattached photo is swept away. */
  photoUnattachedHours: number;
  webhooks: WebhookConfig;
  deadlineNearHours: number;
  jwtSecret?: string;
  limits: Limits;
  subgraphTimeoutMs: number;
  rateLimits: { perPrincipal: number; perAddress: number };
}

/** How webhooks are delivered (WEBHOOK_*). */
export interface WebhookConfig {
  pollMs: number;
  timeoutMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** 0: never given up. */
  maxAttempts: number;
}

/** An address only this machine reaches. */
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

const envKey = (name: SubgraphName) => name.replace('-', '_').toUpperCase();

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError listing every bad variable. */
export function parseConfig(source: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data as Record<string, unknown> & Env;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production');
  }
  if (e.NODE_ENV === 'production' && e.DEV_SIGN_IN === 'true') {
    throw new ConfigError('Invalid configuration:\n  DEV_SIGN_IN: development sign-in cannot be turned on in production');
  }
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const key = envKey(name);
      const port = e[`${key}_PORT`] as number;
      const host = (e[`${key}_HOST`] as string | undefined) ?? e.HOST;
      const reachAt = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      return [
        name,
        {
          name,
          host,
          port,
          url: (e[`${key}_URL`] as string | undefined) ?? `http://${reachAt}:${port}/graphql`,
          mongoUri: (e[`${key}_MONGODB_URI`] as string | undefined) ?? e.MONGODB_URI,
          dbName: `${e.DB_PREFIX}_${name.replace('-', '_')}`,
        },
      ];
    }),
  ) as Record<SubgraphName, SubgraphConfig>;
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    host: e.HOST,
    gatewayPort: e.GATEWAY_PORT,
    subgraphs,
    mongoUri: e.MONGODB_URI,
    dataDir: e.DATA_DIR,
    ferretdbPort: e.FERRETDB_PORT,
    demoData: e.DEMO_DATA === undefined ? e.NODE_ENV !== 'production' : e.DEMO_DATA === 'true',
    // Outside production; by default only while the servers listen on loopback (an address others reach
    // gets it only when DEV_SIGN_IN=true says so).
    devSignIn: e.NODE_ENV !== 'production' && (e.DEV_SIGN_IN === 'true' || (e.DEV_SIGN_IN === undefined && isLoopback(e.HOST))),
    requestSweepSeconds: e.REQUEST_SWEEP_SECONDS,
    territoryMovesRefreshSeconds: e.TERRITORY_MOVES_REFRESH_SECONDS,
    claimExpiryDays: e.CLAIM_EXPIRY_DAYS,
    photoMaxBytes: e.PHOTO_MAX_BYTES,
    photoMaxPending: e.PHOTO_MAX_PENDING,
    photoMaxPerDay: e.PHOTO_MAX_PER_DAY,
    photoUnattachedHours: e.PHOTO_UNATTACHED_HOURS,
    webhooks: {
      pollMs: e.WEBHOOK_POLL_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      backoffBaseMs: e.WEBHOOK_BACKOFF_BASE_MS,
      backoffCapMs: Math.max(e.WEBHOOK_BACKOFF_CAP_MS, e.WEBHOOK_BACKOFF_BASE_MS),
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
    },
    deadlineNearHours: e.DEADLINE_NEAR_HOURS,
    jwtSecret: e.JWT_SECRET,
    limits: {
      maxDepth: e.GATEWAY_MAX_DEPTH,
      maxAliases: e.GATEWAY_MAX_ALIASES,
      maxCost: e.GATEWAY_MAX_COST,
      maxTokens: e.GATEWAY_MAX_TOKENS,
      maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES,
      maxRepresentations: e.SUBGRAPH_MAX_REPRESENTATIONS,
    },
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    rateLimits: { perPrincipal: e.RATE_LIMIT_PER_PRINCIPAL, perAddress: e.RATE_LIMIT_PER_ADDRESS },
  };
}

/**
 * The token secret: JWT_SECRET, or (outside production) a random secret made
 * on first use and kept in DATA_DIR, so that `npm start` and `npm run token`
 * agree without any set-up.
 */
export function jwtSecret(config: Config): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      // Another process made it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** For entry points: parse, or print the problem and exit with status 2. */
export function loadConfigOrExit(source: NodeJS.ProcessEnv = process.env): Config {
  try {
    return parseConfig(source);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}
