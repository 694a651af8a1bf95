import net from 'node:net';
import { TerritoryBuilder } from '../../seed/builder';
import { startTestStack } from '../support/stack';

/**
 * Nothing leaves the machine: every connection the gateway and the subgraphs open while they start
 * and answer goes to a loopback address (no telemetry, no cloud metadata probes, no CDN).
 */
describe('outbound connections', () => {
  const destinations: string[] = [];
  const connect = net.Socket.prototype.connect;

  beforeAll(() => {
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const [first, second] = args as [unknown, unknown];
      const options = typeof first === 'object' && first !== null && !Array.isArray(first) ? (first as { host?: string; path?: string }) : null;
      const host = options ? (options.path ? 'unix' : (options.host ?? 'localhost')) : typeof second === 'string' ? second : 'localhost';
      destinations.push(host);
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
  });
  afterAll(() => {
    net.Socket.prototype.connect = connect;
  });

  it('go to loopback only, from start to stop', async () => {
    const t = new TerritoryBuilder();
    const street = t.street('泉城路街道党工委');
    t.community(street, '芙蓉街社区党委').withGrids(1);
    // Servers of its own: what they connect to is watched from their start to their stop.
    const stack = await startTestStack({ territory: t, private: true });
    try {
      const answer = await stack.query(`{ organizations(kind: COMMUNITY, first: 5) { nodes { name } } }`);
      expect(answer.errors).toBeUndefined();
      // Give anything started in the background (metric exporters, resource detectors) time to try.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    } finally {
      await stack.stop();
    }
    expect(destinations.length).toBeGreaterThan(0);
    expect([...new Set(destinations)].filter((host) => !['127.0.0.1', 'localhost', '::1', 'unix'].includes(host))).toEqual([]);
  });
});
