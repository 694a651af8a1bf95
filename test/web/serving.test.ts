import { TerritoryBuilder } from '../../seed/builder';
import { CONSOLE_CSP } from '../../gateway/console';
import { parseConfig } from '../../platform/server/config';
import { startTestStack, type TestStack } from '../support/stack';
import { testStackEnv } from '../support/test-config';

/**
 * How the gateway serves the console (gateway/console.ts) and its development sign-in
 * (gateway/dev-sign-in.ts), over plain HTTP: the files with their security headers, the client routes'
 * fallback beside the gateway's own routes, and POST /dev/sign-in — a token the graph accepts outside
 * production, no such route in production.
 */
const t = new TerritoryBuilder();
const street = t.street('泉城路街道党工委');
const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
const school = t.unit(furong.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
t.need(furong.org, { title: '助餐志愿者', category: 'ELDER_CARE', quantity: 4, unitOfMeasure: 'PEOPLE' });

const signIn = (origin: string, body: object) =>
  fetch(`${origin}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the console and its sign-in, outside production', () => {
  let stack: TestStack;
  let origin: string;
  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    origin = stack.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(() => stack?.stop());

  it('serves the console at / and at every client route, with a strict Content-Security-Policy', async () => {
    for (const path of ['/', `/organizations/${furong.org._id}/needs`, '/sign-in']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await response.text();
      expect(html).toContain('<div id="root"></div>');
      // Nothing from elsewhere, no inline script.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toContain('unsafe');
    const html = await (await fetch(`${origin}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/none-such.js`)).status).toBe(404);
  });

  it("leaves the gateway's own routes alone", async () => {
    const health = await fetch(`${origin}/health`);
    expect(health.headers.get('content-type')).toMatch(/json/);
    const graphqlGet = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(graphqlGet.headers.get('content-type')).toMatch(/json/);
    const exported = await fetch(`${origin}/export/needs.csv?organization=${furong.org._id}`);
    expect(exported.status).toBe(401);
  });

  it('POST /dev/sign-in gives a token for a role, which the graph takes', async () => {
    const response = await signIn(origin, { role: 'UNIT_ADMIN', scopeId: String(school._id) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = (await response.json()) as { token: string; role: string; scopeId: string; label: string; territory: string[] };
    expect(session).toEqual({
      token: expect.any(String),
      role: 'UNIT_ADMIN',
      scopeId: String(school._id),
      label: '芙蓉街小学',
      territory: [...furong.org.ancestorIds, furong.org._id].map(String),
      expiresIn: '12h',
    });
    const needs = await stack.query<{ organization: { needs: { nodes: { title: string }[] } } }, object>(
      `query($id: ID!) { organization(id: $id) { needs(inTerritory: true, first: 5) { nodes { title } } } }`,
      { id: String(furong.org._id) },
      session.token,
    );
    expect(needs).toEqual({ data: { organization: { needs: { nodes: [{ title: '助餐志愿者' }] } } } });

    // Without a scope, the first fitting one: a community admin of the first community.
    const first = (await (await signIn(origin, { role: 'COMMUNITY_ADMIN' })).json()) as { label: string };
    expect(first.label).toBe('芙蓉街社区党委');
  });

  it('refuses what it cannot sign in, in Chinese', async () => {
    const cases: [object, number, string][] = [
      [{ role: 'ROOT' }, 400, 'BAD_USER_INPUT'],
      [{}, 400, 'BAD_USER_INPUT'],
      [{ role: 'COMMUNITY_ADMIN', scopeId: 'not-an-id' }, 400, 'BAD_USER_INPUT'],
      [{ role: 'UNIT_ADMIN', scopeId: '0123456789abcdef01234567' }, 404, 'NOT_FOUND'],
      [{ role: 'STREET_ADMIN', scopeId: '0123456789abcdef01234567' }, 404, 'NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const response = await signIn(origin, body);
      expect(response.status).toBe(status);
      const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors).toEqual([{ message: expect.stringMatching(/[\u4e00-\u9fff]/), extensions: { code } }]);
    }
  });
});

describe('in production', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ production: true, territory: t });
  });
  afterAll(() => stack?.stop());

  it('there is no development sign-in, and it cannot be turned on (nor is it on by default off loopback)', async () => {
    const origin = stack.gatewayUrl.replace(/\/graphql$/, '');
    const response = await signIn(origin, { role: 'STREET_ADMIN' });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('token');
    // The console itself is served: its sign-in page says the development sign-in is not offered, and takes a token.
    expect((await fetch(`${origin}/`)).status).toBe(200);

    expect(() => parseConfig({ ...testStackEnv({ production: true }), DEV_SIGN_IN: 'true' })).toThrow(/DEV_SIGN_IN/);
    expect(parseConfig(testStackEnv({ production: true })).devSignIn).toBe(false);
    expect(parseConfig(testStackEnv()).devSignIn).toBe(true);
    expect(parseConfig({ ...testStackEnv(), DEV_SIGN_IN: 'false' }).devSignIn).toBe(false);
    // Not for an address others reach, unless said so.
    expect(parseConfig({ ...testStackEnv(), HOST: '0.0.0.0' }).devSignIn).toBe(false);
    expect(parseConfig({ ...testStackEnv(), HOST: '0.0.0.0', DEV_SIGN_IN: 'true' }).devSignIn).toBe(true);
    expect(parseConfig({ ...testStackEnv(), HOST: '::1' }).devSignIn).toBe(true);
  });
});
