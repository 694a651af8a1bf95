import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TerritoryBuilder } from '../../seed/builder';
import { verifyDelivery } from '../../subgraphs/services/domain/webhooks';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * 推送: a street's webhook receives its notifications through the outbox — signed, retried with backoff
 * while the receiver is down, never slowing the mutations that made them, and each taken once and in
 * order when it comes back. The receiver is a real HTTP server on 127.0.0.1 that checks every signature.
 */

interface Received {
  path: string;
  deliveryId: string;
  event: string;
  signatureOk: boolean;
  body: { deliveryId: string; eventKey: string; event: string; notification: { title: string; recipient: { type: string; id: string }; subject: { type: string; id: string } } };
}

/** A webhook receiver as a street's system would run one: it verifies, then keeps each delivery once (by its id). */
class Receiver {
  server: http.Server | null = null;
  port = 0;
  secrets = new Map<string, string>();
  posts = 0;
  taken = new Map<string, Received>();

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.posts++;
        // An endpoint that takes the request and never answers.
        if (req.url === '/slow') return;
        const raw = Buffer.concat(chunks).toString('utf8');
        const secret = this.secrets.get(req.url ?? '') ?? '';
        const signatureOk = verifyDelivery(secret, req.headers['x-coop-signature'] as string, raw, Math.floor(Date.now() / 1000));
        if (!signatureOk) {
          res.writeHead(401).end();
          return;
        }
        const deliveryId = req.headers['x-coop-delivery'] as string;
        if (!this.taken.has(deliveryId)) {
          this.taken.set(deliveryId, { path: req.url ?? '', deliveryId, event: req.headers['x-coop-event'] as string, signatureOk, body: JSON.parse(raw) });
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server!;
    this.server = null;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  at(path: string): Received[] {
    return [...this.taken.values()].filter((r) => r.path === path);
  }
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('webhooks (推送)', () => {
  let stack: TestStack;
  const receiver = new Receiver();
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(1);
  const otherStreet = t.street('大明湖街道党工委');
  const units = Array.from({ length: 6 }, (_, i) => t.unit(furong.org, { name: `驻区单位${i + 1}`, kind: 'SOCIAL_ORGANIZATION' }));
  const needs = Array.from({ length: 8 }, (_, i) => t.need(furong.org, { title: `需求${i + 1}`, category: 'VOLUNTEERS', quantity: 10, unitOfMeasure: 'PEOPLE' }));
  const tokens = {} as Record<'street' | 'furong' | 'otherStreet', string>;
  let unitTokens: string[] = [];

  const register = async (input: object, token = tokens.street) =>
    stack.query<{ registerWebhook: { webhook: { id: string; url: string; events: string[] } | null; secret: string | null; errors: { code: string; field: string }[] } }, object>(
      `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id url events } secret errors { code field } } }`,
      { input: { streetId: String(street._id), ...input } },
      token,
    );
  type Delivery = { id: string; kind: string; status: string; attempts: number; lastError: string | null; nextAttemptAt: string | null; deliveredAt: string | null };
  const deliveries = async (status?: string, path = '/all') =>
    dataOf(
      await stack.query<{ webhooks: { nodes: { url: string; deliveries: { nodes: Delivery[] } }[] } }, object>(
        `query($s: ID!, $status: WebhookDeliveryStatus) { webhooks(streetId: $s, first: 10) { nodes { url deliveries(first: 100, status: $status) { nodes { id kind status attempts lastError nextAttemptAt deliveredAt } } } } }`,
        { s: String(street._id), status },
        tokens.street,
      ),
    ).webhooks.nodes.find((w) => w.url.endsWith(path))!.deliveries.nodes;
  /** A unit claims a need, and how long the mutation took. */
  const claim = async (unit: number, need: number) => {
    const started = performance.now();
    const answer = dataOf(
      await stack.query<{ claimItem: { claim: { id: string } | null; errors: unknown[] } }, object>(
        `mutation($input: ClaimItemInput!) { claimItem(input: $input) { claim { id } errors { code } } }`,
        { input: { itemId: String(needs[need]._id), quantity: 1 } },
        unitTokens[unit],
      ),
    ).claimItem;
    expect(answer.errors).toEqual([]);
    return { id: answer.claim!.id, ms: performance.now() - started };
  };

  beforeAll(async () => {
    await receiver.start();
    stack = await startTestStack({
      territory: t,
      // The outbox worker every 100 ms, short backoff (200 ms doubling up to 800 ms), a 1 s timeout per post;
      // the notification sweep every second, so that the servers' own sweeps are index-audited too.
      env: { WEBHOOK_POLL_MS: '100', WEBHOOK_BACKOFF_BASE_MS: '200', WEBHOOK_BACKOFF_CAP_MS: '800', WEBHOOK_TIMEOUT_MS: '1000', REQUEST_SWEEP_SECONDS: '1' },
    });
    const sign = tokensFor(stack.auth);
    Object.assign(
      tokens,
      await signed({
        street: sign.forOrganization('STREET_ADMIN', street),
        furong: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
        otherStreet: sign.forOrganization('STREET_ADMIN', otherStreet),
      }),
    );
    unitTokens = await Promise.all(units.map((u) => sign.unitAdmin(u)));
  });
  afterAll(async () => {
    await stack?.stop();
    if (receiver.server) await receiver.stop();
  });

  it('registers only https:// or loopback http:// URLs, for the street’s committee, and shows the secret once', async () => {
    for (const url of ['http://example.com/hook', 'ftp://127.0.0.1/hook', 'https://user:pw@example.com/hook', 'not a url', `https://example.com/${'x'.repeat(500)}`]) {
      expect(dataOf(await register({ url })).registerWebhook.errors).toEqual([{ code: 'INVALID_URL', field: 'input.url' }]);
    }
    expect(dataOf(await register({ url: `http://127.0.0.1:${receiver.port}/x`, events: ['CLAIM_RECEIVED', 'CLAIM_RECEIVED'] })).registerWebhook.errors).toEqual([
      { code: 'INVALID_EVENTS', field: 'input.events' },
    ]);
    // A community's committee, another street's, and the anonymous may not.
    expect((await register({ url: `http://127.0.0.1:${receiver.port}/x` }, tokens.furong)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await register({ url: `http://127.0.0.1:${receiver.port}/x` }, tokens.otherStreet)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(`{ webhooks(streetId: "${String(street._id)}", first: 5) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const all = dataOf(await register({ url: `http://127.0.0.1:${receiver.port}/all` })).registerWebhook;
    expect(all.errors).toEqual([]);
    expect(all.secret).toMatch(/^whsec_[\w-]{43}$/);
    receiver.secrets.set('/all', all.secret!);
    const accepted = dataOf(await register({ url: `http://localhost:${receiver.port}/accepted`, events: ['CLAIM_ACCEPTED'] })).registerWebhook;
    expect(accepted.webhook!.events).toEqual(['CLAIM_ACCEPTED']);
    receiver.secrets.set('/accepted', accepted.secret!);
    const listed = dataOf(
      await stack.query<{ webhooks: { nodes: { url: string; events: string[]; createdBy: string; removedAt: string | null }[] } }, object>(
        `query($s: ID!) { webhooks(streetId: $s, first: 10) { nodes { url events createdBy removedAt } } }`,
        { s: String(street._id) },
        tokens.street,
      ),
    ).webhooks.nodes;
    expect(listed.map((w) => [w.url, w.events, w.removedAt])).toEqual([
      [`http://127.0.0.1:${receiver.port}/all`, [], null],
      [`http://localhost:${receiver.port}/accepted`, ['CLAIM_ACCEPTED'], null],
    ]);
  });

  it('posts each notification, signed, to the webhooks that ask for its kind', async () => {
    const made = await claim(0, 0);
    await until('the claim is delivered', () => receiver.at('/all').length === 1);
    const [got] = receiver.at('/all');
    expect(got.signatureOk).toBe(true);
    expect(got.event).toBe('CLAIM_RECEIVED');
    expect(got.body.notification).toEqual(
      expect.objectContaining({ title: '收到认领:需求1', recipient: { type: 'ORGANIZATION', id: String(furong.org._id) }, subject: { type: 'CLAIM', id: made.id } }),
    );
    expect(got.body.deliveryId).toBe(got.deliveryId);
    // The other webhook wants acceptances only.
    expect(receiver.at('/accepted')).toEqual([]);
    const accepted = await stack.query(`mutation($id: ID!) { acceptClaim(id: $id) { errors { code } } }`, { id: made.id }, tokens.furong);
    expect(accepted.errors).toBeUndefined();
    await until('the acceptance is delivered to both', () => receiver.at('/accepted').length === 1 && receiver.at('/all').length === 2);
    expect(receiver.at('/accepted')[0].body.notification.recipient).toEqual({ type: 'RESIDENT_UNIT', id: String(units[0]._id) });
    expect((await deliveries('DELIVERED')).map((d) => d.kind)).toEqual(['CLAIM_RECEIVED', 'CLAIM_ACCEPTED']);
  });

  it('keeps every message while the receiver is down, retrying with backoff, and the mutations stay fast; each arrives once, in order, when it is back', async () => {
    const before = receiver.taken.size;
    await receiver.stop();
    const made: { id: string; ms: number }[] = [];
    for (let i = 0; i < 6; i++) made.push(await claim(1 + (i % 5), 1 + i));
    // The sender never waits for the endpoint.
    expect(Math.max(...made.map((m) => m.ms))).toBeLessThan(1_000);

    await until('every delivery has been tried and failed', async () => {
      const pending = await deliveries('PENDING');
      return pending.length === 6 && pending[0].attempts >= 3;
    });
    const pending = await deliveries('PENDING');
    expect(pending[0].lastError).toMatch(/ECONNREFUSED/);
    expect(pending[0].nextAttemptAt).not.toBeNull();
    // In order: the head is retried, the rest wait behind it untried.
    expect(pending.slice(1).map((d) => d.attempts)).toEqual([0, 0, 0, 0, 0]);
    expect(await deliveries('FAILED')).toEqual([]);
    // Backoff, not a storm: at most about 1 try per 200–800 ms since it went down.
    const attemptsSoFar = pending[0].attempts;
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect((await deliveries('PENDING'))[0].attempts - attemptsSoFar).toBeLessThanOrEqual(5);

    await receiver.start();
    await until('everything is delivered', async () => (await deliveries('PENDING')).length === 0);
    const fresh = [...receiver.taken.values()].slice(before).filter((r) => r.path === '/all');
    // Once per event: the receiver kept each delivery id once, and no event came under two ids.
    expect(fresh).toHaveLength(6);
    expect(new Set(fresh.map((r) => r.body.eventKey)).size).toBe(6);
    // In the order they were made.
    expect(fresh.map((r) => r.body.notification.subject.id)).toEqual(made.map((m) => m.id));
    expect(fresh.every((r) => r.signatureOk)).toBe(true);
  });

  it('an endpoint that never answers costs its own deliveries a timeout each, not the mutations nor the other webhooks', async () => {
    const slow = dataOf(await register({ url: `http://127.0.0.1:${receiver.port}/slow`, events: ['CLAIM_RECEIVED'] })).registerWebhook;
    expect(slow.errors).toEqual([]);
    const before = receiver.at('/all').length;
    const made = await claim(2, 7);
    expect(made.ms).toBeLessThan(1_000);
    await until('the slow endpoint has timed out', async () => (await deliveries('PENDING', '/slow'))[0]?.lastError === 'timeout after 1000 ms');
    expect(receiver.at('/all').slice(before).map((r) => r.body.notification.subject.id)).toEqual([made.id]);
    const removed = await stack.query(`mutation($id: ID!) { removeWebhook(id: $id) { errors { code } } }`, { id: slow.webhook!.id }, tokens.street);
    expect(removed.errors).toBeUndefined();
    // A run that read the webhooks before the removal may post to it once more, within its timeout.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  });

  it('a removed webhook is posted nothing more, and its deliveries stay readable', async () => {
    const listed = dataOf(
      await stack.query<{ webhooks: { nodes: { id: string; url: string }[] } }, object>(`query($s: ID!) { webhooks(streetId: $s, first: 10) { nodes { id url } } }`, { s: String(street._id) }, tokens.street),
    ).webhooks.nodes;
    const all = listed.find((w) => w.url.endsWith('/all'))!;
    const removed = dataOf(
      await stack.query<{ removeWebhook: { webhook: { removedAt: string | null } | null; errors: unknown[] } }, object>(
        `mutation($id: ID!) { removeWebhook(id: $id) { webhook { removedAt } errors { code } } }`,
        { id: all.id },
        tokens.street,
      ),
    ).removeWebhook;
    expect(removed.webhook!.removedAt).not.toBeNull();
    const posts = receiver.posts;
    await claim(3, 7);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(receiver.posts).toBe(posts);
    expect((await deliveries('DELIVERED')).length).toBe(9);
  });
});
