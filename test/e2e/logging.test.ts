import { TerritoryBuilder } from '../../seed/builder';
import { tokensFor } from '../support/principals';
import { startTestStack, type TestStack } from '../support/stack';

/** What an operator reads: one line per request in every server it crossed, under one id. */
describe('request logs', () => {
  let stack: TestStack;
  const lines: Record<string, unknown>[] = [];
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '芙蓉街社区党委').withGrids(1);
  t.member(community.grids[0], { name: '王芳', category: 'DIRECT', phone: '13800000001' });

  beforeAll(async () => {
    stack = await startTestStack({ territory: t, log: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  });
  afterAll(() => stack?.stop());

  it('logs each request with its id, operation, duration and outcome, in the gateway and each subgraph it asked', async () => {
    const token = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', community.org);
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-me-123' },
      body: JSON.stringify({ query: `query Roster { organization(id: "${String(community.org._id)}") { name members(first: 5) { nodes { name phone } } } }` }),
    });
    expect(response.ok).toBe(true);
    const mine = lines.filter((l) => l.requestId === 'trace-me-123' && l.msg === 'request');
    expect(mine.map((l) => l.name).sort()).toEqual(['coop-graph', 'coop-graph', 'coop-graph']);
    expect(mine.find((l) => l.operation === 'Roster')).toMatchObject({ outcome: 'ok', status: 200 });
    for (const line of mine) expect(typeof line.durationMs).toBe('number');
    // Results are not logged: the phone number the answer carried appears nowhere.
    expect(JSON.stringify(lines)).not.toContain('13800000001');

    await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nosuchfield }' }) });
    expect(lines.some((l) => l.msg === 'request' && l.outcome === 'errors' && (l.errorCodes as string[])?.includes('GRAPHQL_VALIDATION_FAILED'))).toBe(true);
  });
});
