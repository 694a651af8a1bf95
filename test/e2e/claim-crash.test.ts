import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFerretDB, type EmbeddedDatabase } from '../../platform/data/ferretdb';
import { TerritoryBuilder } from '../../seed/builder';
import { ClaimItemDocument, PublishNeedDocument } from '../generated/operations';
import { balancedBooks } from '../support/books';
import { tokensFor } from '../support/principals';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack';

/**
 * The database killed (SIGKILL, as a crash) in the middle of a burst of claims, and started again on
 * the same files: no claim that was acknowledged is lost, and clients that retry with their keys
 * converge — every claim gets an answer, and the books balance as if nothing had happened.
 * Runs on a FerretDB of its own (it cannot kill a MongoDB given by MONGODB_URI).
 */
const withOwnDatabase = process.env.MONGODB_URI ? describe.skip : describe;

withOwnDatabase('claims across a database crash', () => {
  let stack: TestStack;
  let db: EmbeddedDatabase;
  let dataDir: string;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const community = t.community(street, '百花洲社区党委');
  const units = Array.from({ length: 40 }, (_, i) => t.unit(community.org, { name: `共建单位${i + 1}`, kind: 'PRIVATE_ENTERPRISE' }));
  const needs = Array.from({ length: 8 }, (_, i) => t.need(community.org, { title: `志愿服务${i + 1}`, category: 'VOLUNTEERS', quantity: 40, unitOfMeasure: 'PEOPLE' }));

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coop-graph-crash-'));
    db = await startFerretDB({ dataDir });
    stack = await startTestStack({ territory: t, uri: db.uri });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await db?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged claim, and retries converge', async () => {
    const sign = tokensFor(stack.auth);
    const tokens = await Promise.all(units.map((u) => sign.unitAdmin(u)));
    const requests = Array.from({ length: 300 }, (_, i) => ({
      token: tokens[i % units.length],
      input: { itemId: String(needs[Math.floor(i / units.length) % needs.length]._id), quantity: 1 + (i % 2), idempotencyKey: `crash-${i}-key` },
    }));
    type Reply = GraphQLResponse<{ claimItem: { claim: { id: string } | null; errors: { code: string }[] } }>;
    const send = (i: number) =>
      (stack.query(ClaimItemDocument, { input: requests[i].input }, requests[i].token) as Promise<Reply>).catch(
        (err: Error): Reply => ({ errors: [{ message: err.message }] }),
      );
    const settled = (reply: Reply | undefined) =>
      !!reply && !reply.errors?.length && !reply.data!.claimItem.errors.some((e) => e.code === 'RETRY_LATER');

    // The burst, with the database killed once 60 claims have been answered (requests are then in flight
    // whatever the machine's speed) and started again a second later.
    const first: Reply[] = [];
    const sentAt: number[] = [];
    const answeredAt: number[] = [];
    let next = 0;
    let answered = 0;
    let sixtyAnswered!: () => void;
    const sixty = new Promise<void>((resolve) => (sixtyAnswered = resolve));
    const burst = Promise.all(
      Array.from({ length: 30 }, async () => {
        while (next < requests.length) {
          const i = next++;
          sentAt[i] = Date.now();
          first[i] = await send(i);
          answeredAt[i] = Date.now();
          if (++answered === 60) sixtyAnswered();
        }
      }),
    );
    await sixty;
    const port = db.port;
    const killedAt = Date.now();
    await db.kill();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    db = await startFerretDB({ dataDir, port });
    const restartedAt = Date.now();
    await burst;
    const acknowledged = first.flatMap((reply, i) => (settled(reply) && reply.data!.claimItem.claim ? [[i, reply.data!.claimItem.claim.id] as const] : []));
    // The crash did hit requests in flight: sent before the kill, answered only after the restart (with
    // an error, or — the driver waiting for the server to come back — with their claim).
    expect(first.filter((_, i) => sentAt[i] < killedAt && answeredAt[i] > restartedAt).length).toBeGreaterThan(0);

    // Clients retry what failed, with the same keys, until every claim has its answer (for up to a minute:
    // on a loaded machine the subgraphs' reconnection to the restarted database takes a while).
    const final = [...first];
    const giveUpAt = Date.now() + 60_000;
    while (Date.now() < giveUpAt && final.some((reply) => !settled(reply))) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await Promise.all(final.map(async (reply, i) => (settled(reply) ? undefined : (final[i] = await send(i)))));
    }
    expect(final.filter((reply) => !settled(reply)).map((reply) => reply.errors?.[0]?.message ?? reply.data?.claimItem.errors)).toEqual([]);

    // Nothing acknowledged was lost, and a retry of anything now answers as before.
    for (const [i, claimId] of acknowledged) expect(final[i].data!.claimItem.claim?.id).toBe(claimId);
    const { Claim } = stack.models.services;
    expect(await Claim.countDocuments({ _id: { $in: acknowledged.map(([, id]) => id) } })).toBe(acknowledged.length);
    // (Every fourth one, acknowledged before the crash or not: the books below check every claim's key.)
    const replayed = requests.map((_, i) => i).filter((i) => i % 4 === 0);
    const again = await Promise.all(replayed.map((i) => send(i)));
    expect(again.map((reply) => reply.data?.claimItem.claim?.id ?? reply.data?.claimItem.errors.map((e) => e.code).join())).toEqual(
      replayed.map((i) => final[i].data!.claimItem.claim?.id ?? final[i].data!.claimItem.errors.map((e) => e.code).join()),
    );
    expect(await balancedBooks(stack, needs)).toBeGreaterThan(100);
  }, 240_000);

  it('tells the caller that the database is out, not that they named the wrong owner', async () => {
    const token = await tokensFor(stack.auth).forOrganization('COMMUNITY_ADMIN', community.org);
    const port = db.port;
    await db.kill();
    try {
      const response = await stack.query(
        PublishNeedDocument,
        { input: { postedBy: { type: 'ORGANIZATION', id: String(community.org._id) }, title: '停电期间的需求', category: 'VOLUNTEERS', quantity: 1, unitOfMeasure: 'PEOPLE' } },
        token,
      );
      const codes = [...(response.errors ?? []).map((e) => e.extensions?.code), ...(response.data?.publishNeed?.errors ?? []).map((e) => e.code)];
      expect(codes).not.toContain('INVALID_OWNER');
      expect(codes.some((code) => ['SERVICE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE'].includes(String(code)))).toBe(true);
    } finally {
      db = await startFerretDB({ dataDir, port });
    }
  }, 120_000);
});
