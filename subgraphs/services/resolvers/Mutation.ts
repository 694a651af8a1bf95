import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/access';
import { forbidden, type Principal } from '../../../platform/auth';
import { appendDecision, asDecision, ledgerHead, projectForward, recordFirst, type LedgerEntry } from '../../../platform/ledger';
import { isDuplicateKey } from '../../../platform/mongo';
import { isObjectId } from '../../../platform/subgraph';
import { territoryKeys } from '../../../platform/territory';
import { pathToSync, rebasedPath, rebasePaths } from '../../../platform/territory-sync';
import { failed, userError, type UserError } from '../../../platform/user-errors';
import { isPhone } from '../../../platform/validation';
import {
  decideClaim,
  decideClaimTransition,
  decideItemAction,
  mayClaim,
  validateReason,
  type ClaimAction,
  type ItemEvent,
} from '../domain/claims';
import { once, type Outcome as IdempotentOutcome } from '../domain/idempotency';
import { deriveStatus, milestonesInOrder, timings, validateItemFields, visibleWithin, type ItemFields } from '../domain/items';
import { actorOf, actsFor, canSee, isClaimantSide, isOwnerSide, isReceivingSide } from '../domain/parties';
import type { Context } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import type { ClaimDoc, ClaimLockDoc, ClaimStatus, ItemDoc, ItemKind, ItemState, PartyRef, PartyType, ServiceCategory, UnitOfMeasure, Urgency, Visibility } from '../models';
import { itemKey } from './ListItem';

type Payload<K extends string, T> = { [P in K]: T | null } & { errors: UserError[] };
const itemFailure = (...errors: UserError[]): Payload<'item', ItemDoc> => ({ item: null, errors });
const claimFailure = (...errors: UserError[]): Payload<'claim', ClaimDoc> => ({ claim: null, errors });

// ————— Parties —————

/** Resolves a party the caller names, checks the caller acts for it, and returns it with its territory path. */
async function ownParty(ctx: Context, principal: Principal, input: { type: PartyType; id: string }, field: string): Promise<PartyRef | UserError> {
  const node = !isObjectId(input.id) ? null : input.type === 'ORGANIZATION' ? await ctx.territory.load(input.id) : await ctx.units.load(input.id);
  if (!node) return userError('INVALID_OWNER', '发布方不存在 · no such organisation or unit', `${field}.id`);
  const party: PartyRef = { type: input.type, id: new Types.ObjectId(input.id), path: node.path.map((id) => new Types.ObjectId(id)) };
  if (!actsFor(principal, party)) throw forbidden('You may publish only for your own organisation, the organisations you govern, or your own unit');
  return party;
}

async function coOwner(ctx: Context, input: { type: PartyType; id: string }, field: string): Promise<PartyRef | UserError> {
  const node = !isObjectId(input.id) ? null : input.type === 'ORGANIZATION' ? await ctx.territory.load(input.id) : await ctx.units.load(input.id);
  if (!node) return userError('INVALID_OWNER', '共建方不存在 · no such organisation or unit', field);
  return { type: input.type, id: new Types.ObjectId(input.id), path: node.path.map((id) => new Types.ObjectId(id)) };
}

// ————— Publishing —————

interface PublishInput extends ItemFields {
  category: ServiceCategory;
  unitOfMeasure: UnitOfMeasure;
  urgency?: Urgency | null;
  visibility?: Visibility | null;
  smallWish?: boolean | null;
  draft?: boolean | null;
}

async function publish(ctx: Context, kind: ItemKind, owners: PartyRef[], input: PublishInput, quantityField: string) {
  const errors = validateItemFields(input, ctx.now, quantityField);
  if (errors.length) return itemFailure(...errors);
  const principal = ctx.principal!;
  const lifecycle = input.draft ? 'DRAFT' : 'OPEN';
  const state: ItemState = { lifecycle, reserved: 0, accepted: 0, delivered: 0, claimsDelivered: 0, claimsEvaluated: 0 };
  const status = deriveStatus(state, input.quantity);
  const visibility = input.visibility ?? 'COMMUNITY';
  // The path's kinds, in one batch (the owner itself is known already): the street and community keys.
  const keys = territoryKeys(await ctx.territory.loadMany(owners[0].path.map(String)));
  const _id = new Types.ObjectId();
  const item = await ctx.models.Item.create({
    _id,
    kind,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    category: input.category,
    quantity: input.quantity,
    unitOfMeasure: input.unitOfMeasure,
    urgency: input.urgency ?? 'NORMAL',
    deadline: input.deadline ?? null,
    window: input.window ?? null,
    location: input.location ?? null,
    visibility,
    visibleWithin: visibleWithin(owners[0].path, visibility),
    smallWish: input.smallWish ?? false,
    owners,
    ownerIds: owners.map((o) => o.id),
    territoryPath: owners[0].path,
    streetId: keys.streetId ? new Types.ObjectId(keys.streetId) : null,
    communityId: keys.communityId ? new Types.ObjectId(keys.communityId) : null,
    contact: input.contact ? { name: input.contact.name.trim(), phone: input.contact.phone } : null,
    goals: (input.goals ?? []).map((g) => g.trim()),
    budget: input.budget ?? null,
    milestones: (input.milestones ?? []).map((m) => ({ title: m.title.trim(), dueOn: m.dueOn, doneAt: null })),
    state,
    status,
    seq: 1,
  });
  await recordFirst(ctx.models.ItemLedger, itemKey(_id), {
    action: 'PUBLISH',
    actor: principal.subject,
    by: actorOf(principal),
    at: ctx.now,
    data: { from: null, to: status, state },
  });
  return { item: item.toObject() as ItemDoc, errors: [] };
}

// ————— The item ledger —————

/** The item's state as its ledger last recorded it, with the ledger's last sequence. */
const readState = (ctx: Context, item: ItemDoc) => ledgerHead<ItemState>(ctx.models.ItemLedger, itemKey(item._id), item.state);

/**
 * Brings the item document in line with a ledger entry (see projectForward),
 * stamping the times the statistics measure when they happen.
 */
async function project(ctx: Context, item: ItemDoc, entry: LedgerEntry<ItemEvent['data']>, extra: Record<string, unknown> = {}, headHeld = false) {
  const status = deriveStatus(entry.data.state, item.quantity);
  const changes = (current: ItemDoc) => ({ state: entry.data.state, status, ...timings(current, entry, status), ...extra });
  // When the decision was taken on this very document (the head held), it is the item as it was just
  // before the entry: the projection is one conditional write, and the answer is known without a read.
  await projectForward<ItemDoc>(ctx.models.Item, item._id, entry, changes, { createdAt: 1, firstClaimAt: 1, fulfilledAt: 1 }, headHeld ? item : undefined);
  ctx.loaders.item.clear(String(item._id));
  if (headHeld && Object.keys(extra).length === 0) {
    const written = { ...item, ...changes(item), seq: entry.seq } as ItemDoc;
    ctx.loaders.item.prime(String(item._id), written);
    rememberItem(written);
  }
}

/** The item's projection as the head of its ledger, for a decision that needs no read (see appendDecision). */
const headOf = (item: ItemDoc) => (item.state ? { lastSeq: item.seq, view: item.state } : undefined);

/**
 * The last projection of each item this process wrote, whole: in a rush of claims on one item they
 * queue behind each other (appendDecision), and each decides on what the one before it wrote instead
 * of reading the ledger and the item again. Only ever a head: if another process went in between, the
 * insert fails and the decision is taken on the ledger.
 */
const latestItems = new Map<string, ItemDoc>();
const LATEST_ITEMS = 1_000;
function rememberItem(item: ItemDoc) {
  const id = String(item._id);
  latestItems.delete(id);
  if (latestItems.size >= LATEST_ITEMS) latestItems.delete(latestItems.keys().next().value!);
  latestItems.set(id, item);
}
/** The item as this process last wrote it, if that is newer than the copy the request loaded. */
function freshest(item: ItemDoc): ItemDoc {
  const known = latestItems.get(String(item._id));
  return known && known.seq > item.seq ? known : item;
}

/** Frees a claim's lock, if it is still this claim's: one conditional delete. */
async function releaseLock(ctx: Context, claim: Pick<ClaimDoc, '_id' | 'itemId' | 'claimant' | 'lockId'>) {
  await ctx.models.ClaimLock.deleteOne({ _id: claim.lockId ?? lockId(claim.itemId, claim.claimant.id), claimId: claim._id });
}

async function itemAction(ctx: Context, id: string, action: 'OPEN' | 'CANCEL' | 'CLOSE', reason: string | null) {
  const principal = requirePrincipal(ctx.principal);
  const item = isObjectId(id) ? await ctx.loaders.item.load(id) : null;
  if (!item || !canSee(principal, item)) return itemFailure(userError('NOT_VISIBLE', '条目不存在或不可见 · no such item visible to you', 'id'));
  if (!isOwnerSide(principal, item)) throw forbidden("Only the item's owner side may do this");
  if (reason !== null) {
    const bad = validateReason(reason);
    if (bad) return itemFailure(bad);
  }
  const outcome = await appendDecision<ItemState, ItemEvent['data'], ItemEvent>({
    ledger: ctx.models.ItemLedger,
    key: itemKey(item._id),
    actor: principal.subject,
    by: actorOf(principal),
    read: () => readState(ctx, item),
    decide: (state) => asDecision(decideItemAction(action, item, state, reason?.trim() ?? null)),
    after: (entry) => project(ctx, item, entry),
  });
  if (!outcome.ok) return itemFailure(...outcome.errors);
  return { item: (await ctx.models.Item.findById(item._id).lean()) as ItemDoc, errors: [] };
}


// ————— Claims —————

/** Replies with the claim an idempotent outcome names, as it is now. */
async function claimPayload(ctx: Context, outcome: IdempotentOutcome) {
  if (outcome.errors.length) return claimFailure(...outcome.errors);
  return { claim: (await ctx.loaders.claim.load(outcome.claimId!)) as ClaimDoc, errors: [] };
}

const lockId = (itemId: unknown, claimantId: unknown) => `${String(itemId)}:${String(claimantId)}`;

/** The acts that end a claim before delivery, freeing its lock. */
const ENDING: ClaimAction[] = ['REJECT', 'WITHDRAW', 'CANCEL', 'EXPIRE'];

export async function transition(
  ctx: Context,
  action: Exclude<ClaimAction, 'CLAIM'>,
  id: string,
  idempotencyKey: string | null | undefined,
  allowed: (principal: Principal, item: ItemDoc, claim: ClaimDoc) => boolean,
  details: { reason?: string | null; set?: Record<string, unknown>; delivered?: number | null } = {},
) {
  const principal = requirePrincipal(ctx.principal);
  const claim = isObjectId(id) ? await ctx.loaders.claim.load(id) : null;
  const item = claim ? await ctx.loaders.item.load(String(claim.itemId)) : null;
  if (!claim || !item) return claimFailure(userError('NOT_FOUND', '认领不存在 · no such claim', 'id'));
  if (!allowed(principal, item, claim)) throw forbidden(`You may not ${action.toLowerCase()} this claim`);

  type View = { state: ItemState; status: ClaimStatus; claimSeq: number };
  const outcome = await once(ctx.models.Idempotency, principal.subject, `${action}:${id}`, idempotencyKey, async () => {
    // The claim's status is decided on the item's ledger, which orders every change of the item and its
    // claims. First on the projections just loaded (the item's and the claim's, each with the sequence
    // it reflects): the entry is written only if nothing followed either — the item's sequence and the
    // claim's step (`follows`) are both unique in the ledger. Otherwise on the ledger itself.
    const result = await appendDecision<View, ItemEvent['data'], ItemEvent>({
      ledger: ctx.models.ItemLedger,
      key: itemKey(item._id),
      actor: principal.subject,
      by: actorOf(principal),
      read: async () => {
        const [{ lastSeq, view: state }, last] = await Promise.all([
          readState(ctx, item),
          ctx.models.ItemLedger.findOne({ key: itemKey(item._id), 'data.claimId': id }).sort({ seq: -1 }).lean(),
        ]);
        const status = (last?.data as { to?: ClaimStatus } | undefined)?.to ?? claim.status;
        if (last && last.seq > (claim.seq ?? 0)) {
          // The claim's document is behind its ledger (a request that failed after its entry): caught up.
          await ctx.models.Claim.updateOne({ _id: claim._id, seq: { $not: { $gte: last.seq } } }, { $set: { status, seq: last.seq, updatedAt: last.at } });
        }
        return { lastSeq, view: { state, status, claimSeq: last?.seq ?? claim.seq ?? 0 } };
      },
      head: claim.seq === undefined ? undefined : mapHead(headOf(item), (state) => ({ state, status: claim.status, claimSeq: claim.seq! })),
      decide: ({ state, status, claimSeq }) =>
        asDecision(
          decideClaimTransition(action, state, { id, status, quantity: claim.quantity }, details.reason ?? null, { delivered: details.delivered }),
          `${id}@${claimSeq}`,
        ),
      after: async (entry, _result, headHeld) => {
        const delivered = entry.data.delivered as number | undefined;
        const changes = { status: entry.data.to as ClaimStatus, seq: entry.seq, updatedAt: entry.at, ...details.set, ...(delivered ? { deliveredQuantity: delivered } : {}) };
        await Promise.all([
          // Replicas may finish in another order than their entries: a newer change is never overwritten.
          ctx.models.Claim.updateOne({ _id: claim._id, seq: { $not: { $gte: entry.seq } } }, { $set: changes }),
          // Ended before delivery: the claimant may claim this item again.
          ENDING.includes(action) ? releaseLock(ctx, claim) : undefined,
          project(ctx, item, entry, {}, headHeld),
        ]);
        // The answer is what was just written: no read back.
        ctx.loaders.claim.clear(id).prime(id, { ...claim, ...changes } as ClaimDoc);
      },
    });
    return result.ok ? { claimId: id, errors: [] } : { claimId: null, errors: result.errors };
  });
  return claimPayload(ctx, outcome);
}

function checkScore(score: number, comment: string | null | undefined): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isInteger(score) || score < 1 || score > 5) errors.push(userError('INVALID_SCORE', '满意度须为1至5分 · the score is 1 to 5', 'score'));
  if (comment != null && comment.length > 500) errors.push(userError('INVALID_COMMENT', '评语不得超过500字 · at most 500 characters', 'comment'));
  return errors;
}

/**
 * Makes a claim on an item for `actor`, under every rule of claiming: one
 * active claim per claimant and item (a lock with a unique _id), the
 * quantity decided on the item's ledger, an optional idempotency key.
 * Used by claimItem and by an accepted invitation (派单).
 *
 * It converges: with an idempotency key the claim's id comes from the key, so a retry after a failure
 * at any step (the database gone, the process killed) finds what was done — its own lock, its ledger
 * entry, its claim document — and does only the rest. Without a key, the next claim that meets a lock
 * left behind settles it (settleLock).
 */
export async function createClaim(
  ctx: Context,
  principal: Principal,
  actor: { type: ClaimDoc['claimant']['type']; id: string },
  item: ItemDoc,
  input: {
    itemId: string;
    quantity: number;
    note?: string | null;
    contact?: { name: string; phone: string } | null;
    idempotencyKey?: string | null;
    partners?: readonly string[] | null;
  },
  /** A lock of the claim's own instead of the claimant's one per item (an invitation's claims). */
  ownLock?: string,
): Promise<IdempotentOutcome> {
  const act = async (): Promise<IdempotentOutcome> => {
    const key = input.idempotencyKey;
    const claimId = key ? idFromKey(`${principal.subject}|${key}`) : new Types.ObjectId();
    const lock: ClaimLockDoc = {
      _id: ownLock ?? lockId(item._id, actor.id),
      claimId,
      claimant: { type: actor.type, id: new Types.ObjectId(actor.id) },
      quantity: input.quantity,
      note: input.note?.trim() || null,
      contact: input.contact ?? null,
      ...(input.partners?.length ? { partnerIds: input.partners.map((id) => new Types.ObjectId(id)) } : {}),
      createdAt: new Date(),
    };
    // One active claim per claimant and item: the lock's unique _id decides, atomically.
    let resuming = false;
    for (let tries = 0; ; tries++) {
      try {
        await ctx.models.ClaimLock.create(lock);
        break;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const held = await ctx.models.ClaimLock.findById(lock._id).lean();
      if (held && held.claimId.equals(claimId)) {
        resuming = true; // this request's own lock, from an attempt that did not finish
        break;
      }
      if (tries > 0 || (held && (await settleLock(ctx, item, held)) === 'active')) {
        return { claimId: null, errors: [userError('ALREADY_CLAIMED', '已认领过该条目 · you already have an active claim on this item', 'input.itemId')] };
      }
    }
    let base = item;
    const result = await appendDecision<{ state: ItemState; recorded: boolean }, ItemEvent['data'], ItemEvent>({
      ledger: ctx.models.ItemLedger,
      key: itemKey(item._id),
      actor: principal.subject,
      by: actorOf(principal),
      // A claim with a key may be on the ledger already, put there by another attempt with the same key
      // (this one is resuming it, or a retry resumed this one): looked for after the head is read, so
      // that an entry appended since is either seen here or makes this append fail and read again. The
      // first attempt's head needs no look: it was read before this key was first recorded.
      read: async () => {
        const { lastSeq, view } = await readState(ctx, item);
        return { lastSeq, view: { state: view, recorded: Boolean(key) && (await claimEntry(ctx, item, claimId)) !== null } };
      },
      // Asked at the start of the turn: the item as the claim queued before this one left it, if newer.
      head: () => {
        base = freshest(item);
        return resuming ? undefined : mapHead(headOf(base), (state) => ({ state, recorded: false }));
      },
      decide: ({ state, recorded }) =>
        recorded ? failed(ALREADY_RECORDED) : asDecision(decideClaim(item, state, String(claimId), input.quantity, ctx.now), `${String(claimId)}@0`),
      after: async (entry, _result, headHeld) => {
        await completeClaim(ctx, base, lock, entry);
        await project(ctx, base, entry, {}, headHeld);
      },
    });
    if (!result.ok && result.errors[0] === ALREADY_RECORDED) {
      const entry = (await claimEntry(ctx, item, claimId))!;
      await completeClaim(ctx, item, lock, entry);
      await project(ctx, item, entry);
      return { claimId: String(claimId), errors: [] };
    }
    if (!result.ok) {
      await releaseLock(ctx, { _id: claimId, itemId: item._id, claimant: lock.claimant!, lockId: lock._id });
      return { claimId: null, errors: result.errors };
    }
    return { claimId: String(claimId), errors: [] };
  };
  return once(ctx.models.Idempotency, principal.subject, `CLAIM:${input.itemId}`, input.idempotencyKey, act, 'resume');
}

/** Decides the already-recorded case apart from user errors (never shown to a user). */
const ALREADY_RECORDED = userError('ALREADY_RECORDED', 'the claim is already on the ledger');

/** A claim's id from its idempotency key: the same key, the same claim, whichever attempt gets through. */
function idFromKey(scopedKey: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(`claim|${scopedKey}`).digest('hex').slice(0, 24));
}

function mapHead<V, W>(head: { lastSeq: number; view: V } | undefined, f: (view: V) => W) {
  return head && { lastSeq: head.lastSeq, view: f(head.view) };
}

/** The ledger entry that made a claim, if it was made. */
async function claimEntry(ctx: Context, item: ItemDoc, claimId: Types.ObjectId) {
  return (await ctx.models.ItemLedger.findOne({ key: itemKey(item._id), 'data.claimId': String(claimId), action: 'CLAIM' }).lean()) as LedgerEntry<ItemEvent['data']> | null;
}

/** Writes the claim document of a claim on the ledger (again, harmlessly, if it is there already). */
async function completeClaim(ctx: Context, item: ItemDoc, lock: ClaimLockDoc, entry: LedgerEntry<ItemEvent['data']>) {
  const doc = {
    _id: lock.claimId,
    itemId: item._id,
    itemKind: item.kind,
    territoryPath: item.territoryPath,
    claimant: lock.claimant!,
    quantity: lock.quantity!,
    status: 'PENDING' as const,
    note: lock.note ?? null,
    contact: lock.contact ?? null,
    ...(lock._id !== lockId(item._id, lock.claimant!.id) ? { lockId: lock._id } : {}),
    ...(lock.partnerIds?.length ? { partnerIds: lock.partnerIds } : {}),
    seq: entry.seq,
    createdAt: entry.at,
    updatedAt: entry.at,
  };
  try {
    const claim = await ctx.models.Claim.create(doc);
    ctx.loaders.claim.prime(String(lock.claimId), claim.toObject() as ClaimDoc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

const STALE_LOCK_MS = 30_000;

/**
 * Another claim's lock stands in the way: is its claim active? A lock outlives its claim when the
 * request that made it failed part-way. If its claim reached the ledger, the claim is completed (its
 * document written, the item projected) and it is active; if its claim ended, or never reached the
 * ledger within STALE_LOCK_MS (no request takes that long), the lock is freed.
 */
async function settleLock(ctx: Context, item: ItemDoc, held: ClaimLockDoc): Promise<'active' | 'freed'> {
  const claim = (await ctx.models.Claim.findById(held.claimId, { status: 1 }).lean()) as Pick<ClaimDoc, 'status'> | null;
  if (claim) {
    if (claim.status === 'PENDING' || claim.status === 'ACCEPTED') return 'active';
  } else {
    const entry = await claimEntry(ctx, item, held.claimId);
    if (entry && held.claimant && held.quantity) {
      await completeClaim(ctx, item, held, entry);
      await project(ctx, item, entry);
      return 'active';
    }
    if (entry || Date.now() - (held.createdAt?.getTime() ?? 0) < STALE_LOCK_MS) return 'active';
  }
  await ctx.models.ClaimLock.deleteOne({ _id: held._id, claimId: held.claimId });
  return 'freed';
}

/**
 * 联合认领: the units a unit names as taking a claim on with it — up to five, each a unit that exists,
 * none of them the claimant; only a unit's claim has partners.
 */
async function checkPartners(ctx: Context, actor: { type: string; id: string }, partners: readonly string[] | null | undefined): Promise<UserError[]> {
  if (!partners?.length) return [];
  if (actor.type !== 'RESIDENT_UNIT') return [userError('INVALID_PARTNER', "只有驻区单位的认领可以联合认领 · only a unit's claim has partners", 'input.partners')];
  if (partners.length > 5) return [userError('INVALID_PARTNER', '联合认领单位最多5个 · at most 5 partners', 'input.partners')];
  const found = await Promise.all(partners.map((id) => (isObjectId(id) ? ctx.units.load(id) : null)));
  return partners.flatMap((id, i) =>
    !found[i] || id === actor.id || partners.indexOf(id) !== i
      ? [userError('INVALID_PARTNER', '联合认领单位不存在、重复或就是认领方 · no such unit, named twice, or the claimant itself', `input.partners.${i}`)]
      : [],
  );
}

export const Mutation: MutationResolvers = {
  // After a move in the tree: items (their owners' paths, street, community and who may see them),
  // claims and requests follow the organisation. A request's ledger keeps the paths it had then.
  syncServicesTerritory: async (_root, { organizationId }, ctx) => {
    const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
    if (!prefix) return 0;
    const itemFields = async (item: ItemDoc, path: Types.ObjectId[]) => {
      const keys = territoryKeys(await ctx.territory.loadMany(path.map(String)));
      const owners = item.owners.map((o) => ({ ...o, path: rebasedPath(o.path, organizationId, prefix) }));
      return {
        owners,
        visibleWithin: visibleWithin(owners[0].path, item.visibility),
        streetId: keys.streetId ? new Types.ObjectId(keys.streetId) : null,
        communityId: keys.communityId ? new Types.ObjectId(keys.communityId) : null,
      };
    };
    const counts = await Promise.all([
      rebasePaths(ctx.models.Item, 'territoryPath', organizationId, prefix, itemFields),
      rebasePaths(ctx.models.Claim, 'territoryPath', organizationId, prefix),
      rebasePaths(ctx.models.Request, 'territoryPath', organizationId, prefix),
    ]);
    // Once its copies are in line, tokens issued before the move follow it here too (serve.ts).
    await ctx.moves.record(organizationId, prefix);
    return counts.reduce((a, b) => a + b, 0);
  },

  publishNeed: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const owner = await ownParty(ctx, principal, input.postedBy, 'input.postedBy');
    if (!('path' in owner)) return itemFailure(owner);
    return publish(ctx, 'NEED', [owner], input, 'quantity');
  },

  publishOffer: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const owner = await ownParty(ctx, principal, input.provider, 'input.provider');
    if (!('path' in owner)) return itemFailure(owner);
    return publish(ctx, 'OFFER', [owner], { ...input, quantity: input.capacity, visibility: input.visibility ?? 'STREET' }, 'capacity');
  },

  publishProject: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const owner = await ownParty(ctx, principal, input.owner, 'input.owner');
    if (!('path' in owner)) return itemFailure(owner);
    const others = input.coOwners ?? [];
    if (others.length > 10) return itemFailure(userError('INVALID_OWNER', '共建方最多10个 · at most 10 co-owners', 'input.coOwners'));
    const coOwners = await Promise.all(others.map((p, i) => coOwner(ctx, p, `input.coOwners.${i}`)));
    const problems = coOwners.filter((p): p is UserError => !('path' in p));
    if (problems.length) return itemFailure(...problems);
    const owners = [owner, ...(coOwners as PartyRef[]).filter((p) => String(p.id) !== String(owner.id))];
    return publish(ctx, 'PROJECT', owners, { ...input, visibility: input.visibility ?? 'STREET' }, 'quantity');
  },

  openItem: (_root, { id }, ctx) => itemAction(ctx, id, 'OPEN', null),
  cancelItem: (_root, { id, reason }, ctx) => itemAction(ctx, id, 'CANCEL', reason),
  closeItem: (_root, { id, reason }, ctx) => itemAction(ctx, id, 'CLOSE', reason),

  completeMilestone: async (_root, { projectId, index }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const item = isObjectId(projectId) ? await ctx.loaders.item.load(projectId) : null;
    if (!item || item.kind !== 'PROJECT' || !canSee(principal, item)) {
      return itemFailure(userError('NOT_VISIBLE', '项目不存在或不可见 · no such project visible to you', 'projectId'));
    }
    if (!isOwnerSide(principal, item)) throw forbidden("Only the project's owners may complete its milestones");
    // The index is the milestone's place as shown (by due date), not in storage.
    const shown = milestonesInOrder(item.milestones)[index];
    if (!shown) return itemFailure(userError('NOT_FOUND', '没有该里程碑 · no such milestone', 'index'));
    const { milestone, stored } = shown;
    if (milestone.doneAt) return itemFailure(userError('INVALID_STATE', '该里程碑已完成 · already done', 'index'));
    const outcome = await appendDecision<ItemState, ItemEvent['data'], null>({
      ledger: ctx.models.ItemLedger,
      key: itemKey(item._id),
      actor: principal.subject,
      by: actorOf(principal),
      read: () => readState(ctx, item),
      decide: (state) => {
        const status = deriveStatus(state, item.quantity);
        return { ok: true, value: { action: 'MILESTONE', data: { from: status, to: status, reason: milestone.title, state }, result: null } };
      },
      after: (entry) => project(ctx, item, entry, { [`milestones.${stored}.doneAt`]: entry.at }),
    });
    if (!outcome.ok) return itemFailure(...outcome.errors);
    return { item: (await ctx.models.Item.findById(item._id).lean()) as ItemDoc, errors: [] };
  },

  claimItem: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const actor = ctx.actor;
    if (!actor) throw forbidden('Viewers cannot claim');
    const item = isObjectId(input.itemId) ? await ctx.loaders.item.load(input.itemId) : null;
    if (!item || !canSee(principal, item)) {
      return claimFailure(userError('NOT_VISIBLE', '条目不存在或不可见 · no such item visible to you', 'input.itemId'));
    }
    if (isOwnerSide(principal, item)) return claimFailure(userError('OWN_ITEM', '不能认领本方发布的条目 · you cannot claim your own item', 'input.itemId'));
    if (!mayClaim(item.kind, actor.type, item.smallWish)) {
      return claimFailure(userError('CLAIMANT_NOT_ALLOWED', '该类认领方不能认领此条目 · your side cannot claim this kind of item', 'input.itemId'));
    }
    const inputErrors: UserError[] = [];
    if (input.note != null && input.note.length > 500) inputErrors.push(userError('INVALID_NOTE', '附言不得超过500字 · at most 500 characters', 'input.note'));
    if (input.contact && !isPhone(input.contact.phone)) {
      inputErrors.push(userError('INVALID_PHONE', '电话须为11位手机号或带区号的固定电话 · not a mobile or fixed-line number', 'input.contact.phone'));
    }
    inputErrors.push(...(await checkPartners(ctx, actor, input.partners)));
    if (inputErrors.length) return claimFailure(...inputErrors);

    return claimPayload(ctx, await createClaim(ctx, principal, actor, item, input));
  },

  acceptClaim: (_root, { id, idempotencyKey }, ctx) =>
    transition(ctx, 'ACCEPT', id, idempotencyKey, (p, item) => isOwnerSide(p, item)),

  rejectClaim: async (_root, { id, reason, idempotencyKey }, ctx) => {
    const bad = validateReason(reason);
    if (bad) return claimFailure(bad);
    return transition(ctx, 'REJECT', id, idempotencyKey, (p, item) => isOwnerSide(p, item), {
      reason: reason.trim(),
      set: { rejectionReason: reason.trim() },
    });
  },

  withdrawClaim: async (_root, { id, reason, idempotencyKey }, ctx) => {
    // A reason is needed once the claim was accepted (decided on the ledger); any given is checked.
    const bad = reason != null ? validateReason(reason) : null;
    if (bad) return claimFailure(bad);
    return transition(ctx, 'WITHDRAW', id, idempotencyKey, (p, _item, claim) => isClaimantSide(p, claim), {
      reason: reason?.trim() || null,
      set: { cancellationReason: reason?.trim() || null },
    });
  },

  cancelClaim: async (_root, { id, reason, defaulted, idempotencyKey }, ctx) => {
    const bad = validateReason(reason);
    if (bad) return claimFailure(bad);
    return transition(ctx, 'CANCEL', id, idempotencyKey, (p, item) => isOwnerSide(p, item), {
      reason: reason.trim(),
      set: { cancellationReason: reason.trim(), defaulted: defaulted ?? false },
    });
  },

  deliverClaim: async (_root, { id, note, quantity, idempotencyKey }, ctx) => {
    if (note != null && note.length > 500) return claimFailure(userError('INVALID_NOTE', '履约说明不得超过500字 · at most 500 characters', 'note'));
    return transition(ctx, 'DELIVER', id, idempotencyKey, (p, item, claim) => isReceivingSide(p, item, claim), {
      set: { deliveryNote: note?.trim() || null },
      delivered: quantity ?? null,
    });
  },

  evaluateClaim: async (_root, { id, score, comment, idempotencyKey }, ctx) => {
    const errors = checkScore(score, comment);
    if (errors.length) return claimFailure(...errors);
    return transition(ctx, 'EVALUATE', id, idempotencyKey, (p, item, claim) => isReceivingSide(p, item, claim), {
      set: { score, evaluation: comment?.trim() || null },
    });
  },
};
