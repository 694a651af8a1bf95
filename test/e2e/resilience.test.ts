import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { serveGateway } from '../../gateway/serve';
import { Authenticator } from '../../platform/auth/tokens';
import { parseConfig } from '../../platform/server/config';
import type { RunningServer } from '../../platform/server/http';
import { createLogger } from '../../platform/server/logger';
import { TerritoryBuilder } from '../../seed/builder';
import { tokensFor } from '../support/principals';
import { post, startTestStack, TEST_JWT_SECRET, type TestStack } from '../support/stack';

/** What the gateway does when a subgraph freezes or is gone: it says so, and does not hang. */
describe('a subgraph that freezes', () => {
  let stack: TestStack;
  let hole: net.Server;
  const sockets = new Set<net.Socket>();
  let frozen: RunningServer;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '芙蓉街社区党委').withGrids(1);
  t.member(community.grids[0], { name: '王芳', category: 'DIRECT' });
  t.unit(community.org, { name: '芙蓉街小学', kind: 'SCHOOL' });

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    // A black hole where the members subgraph should be: it takes the connection and never answers.
    hole = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, SUBGRAPH_TIMEOUT_MS: '500' });
    frozen = await serveGateway({
      config,
      logger: createLogger('silent'),
      auth: new Authenticator(TEST_JWT_SECRET),
      subgraphUrls: { ...stack.subgraphUrls, members: `http://127.0.0.1:${(hole.address() as AddressInfo).port}/graphql` },
      port: 0,
    });
  });
  afterAll(async () => {
    await frozen?.stop();
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => hole?.close(resolve));
    await stack?.stop();
  });

  it('reports each subgraph on the gateway health check', async () => {
    const healthy = await fetch(stack.gatewayUrl.replace(/graphql$/, 'health'));
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({ status: 'ok', subgraphs: { organizations: 'ok', members: 'ok', 'resident-units': 'ok', services: 'ok' } });
    const degraded = await fetch(frozen.url.replace(/graphql$/, 'health'));
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toMatchObject({ status: 'unavailable', subgraphs: { organizations: 'ok', members: 'unavailable' } });
  });

  it('answers within its timeout when a subgraph hangs, and the other subgraphs still answer', async () => {
    const token = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', community.org);
    const started = Date.now();
    // The committee's view: its own fields, its units (resident-units) and its members (the frozen one).
    const response = await post<{ organization: { name: string; residentUnits: { nodes: unknown[] } | null; members: unknown } | null }>(
      frozen.url,
      `{ organization(id: "${String(community.org._id)}") { name residentUnits(first: 5) { nodes { name } } members(first: 5) { nodes { name } } } }`,
      undefined,
      token,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(response.errors?.[0]).toMatchObject({ message: 'The members service did not answer within 500 ms; retry later', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    // One dead subgraph costs its own fields only: the rest of the page comes back.
    expect(response.data?.organization).toEqual({ name: '芙蓉街社区党委', residentUnits: { nodes: [{ name: '芙蓉街小学' }] }, members: null });
  });
});
