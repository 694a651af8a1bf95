import { TerritoryBuilder } from '../../seed/builder';
import { tokensFor } from '../support/principals';
import { startTestStack, type TestStack } from '../support/stack';

/** A caller who floods the gateway is slowed down, with a clear answer; others are not. */
describe('rate limits', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '芙蓉街社区党委');

  beforeAll(async () => {
    stack = await startTestStack({ territory: t, env: { RATE_LIMIT_PER_PRINCIPAL: '5', RATE_LIMIT_PER_ADDRESS: '12' } });
  });
  afterAll(() => stack?.stop());

  const ask = (token?: string) =>
    fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: `{ organization(id: "${String(community.org._id)}") { name } }` }),
    });

  it('answers 429 with Retry-After past a caller\'s rate, per caller and per address', async () => {
    const sign = tokensFor(stack.auth);
    const [flooder, other] = await Promise.all([sign.forOrganization('COMMUNITY_ADMIN', community.org), sign.forOrganization('STREET_ADMIN', street)]);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await ask(flooder)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await ask(flooder);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // Another caller from the same address still gets through, until the address's own limit.
    expect((await ask(other)).status).toBe(200);
    const fromAddress = [];
    for (let i = 0; i < 5; i++) fromAddress.push((await ask()).status);
    expect(fromAddress).toContain(429);
  });
});
