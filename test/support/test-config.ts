import { randomBytes } from 'node:crypto';
import type { SubgraphName } from '../../platform/server/config';
import type { Databases, Stack } from '../../scripts/stack';

/** The secret every test stack signs and checks tokens with. */
export const TEST_JWT_SECRET = 'test-secret-of-at-least-32-characters!!';

/** The environment a test stack is configured from: `env` over the test defaults, on databases of its own. */
export function testStackEnv(options: { production?: boolean; env?: Record<string, string>; dbPrefix?: string } = {}): Record<string, string> {
  return {
    // Tests send bursts on purpose; the rate limits have a test of their own (which sets them).
    RATE_LIMIT_PER_PRINCIPAL: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
    // The bursts run beside another worker on two cores: a request may queue for longer than production's
    // 10 s at a subgraph without anything being wrong. The timeout has a test of its own (resilience).
    SUBGRAPH_TIMEOUT_MS: '60000',
    // Counted database commands must be the requests' own, not a timer's (territory-move sets its own).
    TERRITORY_MOVES_REFRESH_SECONDS: '0',
    // Likewise the webhooks' outbox worker (test/e2e/webhooks.test.ts sets its own).
    WEBHOOK_POLL_MS: '0',
    ...options.env,
    NODE_ENV: options.production ? 'production' : 'test',
    LOG_LEVEL: 'silent',
    DB_PREFIX: options.dbPrefix ?? `t${randomBytes(5).toString('hex')}`,
    JWT_SECRET: TEST_JWT_SECRET,
  };
}

/**
 * The worker's shared stack as a test file sees it (see shared-stack.ts, which the test environment
 * loads; a test file reaches it through this global and never imports that module).
 */
export interface SharedStack extends Omit<Stack, 'stop'> {
  uri: string;
  /** The servers' own connections, with their command counters. */
  databases: Databases;
  dbNames: Record<SubgraphName, string>;
  /** Queries the servers sent since the file started that no index serves (see platform/index-audit). */
  scanningQueries(): Promise<string[]>;
  /** Hands the stack back, its databases made fresh for the next file. */
  release(): Promise<void>;
}

export const SHARED_STACK_GLOBAL = '__coopGraphSharedStack';
export type AcquireSharedStack = () => Promise<SharedStack>;
