import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, recordFirst, type LedgerEntry } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { territoryKeys } from '../../../platform/rules/territory';
import { ok, userError, type Outcome, type UserError, type Payload } from '../../../platform/rules/user-errors';
import { decideItemAction, validateReason, type ItemEvent } from '../domain/claims';
import { decisionLinkProblem, deriveStatus, milestonesInOrder, validateItemFields, visibleWithin, type ItemFields } from '../domain/items';
import { claimUniqueKey, releaseUniqueKey } from '../../../platform/data/unique-keys';
import { actorOf, actsFor, isOwnerSide } from '../domain/parties';
import type { Context } from '../context';
import type {
  MutationCancelItemArgs,
  MutationCloseItemArgs,
  MutationCompleteMilestoneArgs,
  MutationOpenItemArgs,
  MutationPublishNeedArgs,
  MutationPublishOfferArgs,
  MutationPublishProjectArgs,
  PartyInput,
  PublishNeedInput,
} from '../generated/resolvers';
import type { ItemDoc, ItemKind, ItemState, PartyRef } from '../models';
import { visibleItem } from '../loaders/visible';
import { itemKey, project, readState } from './item-ledger';

/* Commands on the three lists' items: publish, open, cancel, close, complete a project's milestone. */

const itemFailure = (...errors: UserError[]): Payload<'item', ItemDoc> => ({ item: null, errors });

// ————— Parties —————

/** Resolves a party the caller names, checks the caller acts for it, and returns it with its territory path. */
async function ownParty(ctx: Context, principal: Principal, input: PartyInput, field: string): Promise<PartyRef | UserError> {
  const node = !isObjectId(input.id) ? null : input.type === 'ORGANIZATION' ? await ctx.territory.load(input.id) : await ctx.units.load(input.id);
  if (!node) return userError('INVALID_OWNER', '发布方不存在 · no such organisation or unit', `${field}.id`);
  const party: PartyRef = { type: input.type, id: new Types.ObjectId(input.id), path: node.path.map((id) => new Types.ObjectId(id)) };
  if (!actsFor(principal, party)) throw forbidden('You may publish only for your own organisation, the organisations you govern, or your own unit');
  return party;
}

async function coOwner(ctx: Context, input: PartyInput, field: string): Promise<PartyRef | UserError> {
  const node = !isObjectId(input.id) ? null : input.type === 'ORGANIZATION' ? await ctx.territory.load(input.id) : await ctx.units.load(input.id);
  if (!node) return userError('INVALID_OWNER', '共建方不存在 · no such organisation or unit', field);
  return { type: input.type, id: new Types.ObjectId(input.id), path: node.path.map((id) => new Types.ObjectId(id)) };
}

// ————— Publishing —————

/** What the three publish inputs give an item: its fields, and the need's settings the others leave out. */
type PublishInput = ItemFields & Pick<PublishNeedInput, 'category' | 'unitOfMeasure' | 'urgency' | 'visibility' | 'smallWish' | 'draft' | 'decisionId'>;

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
  // A need or project that carries out a joint meeting's decision: the decision lives in the organizations
  // subgraph, asked through `_entities` with the caller's token; the link is kept here, on the item.
  const decisionId = input.decisionId && isObjectId(input.decisionId) ? new Types.ObjectId(input.decisionId) : null;
  if (input.decisionId != null) {
    const problem = decisionLinkProblem(decisionId ? await ctx.decisions.load(input.decisionId) : null, kind as 'NEED' | 'PROJECT', owners[0].path);
    if (problem || !decisionId) return itemFailure(problem!);
    // One item per decision, under concurrency too: the decision's id is claimed as a unique key.
    const mine = await claimUniqueKey(ctx.models.DecisionItem, String(decisionId), _id, async (holderId) => !!(await ctx.models.Item.exists({ _id: holderId })));
    if (!mine) return itemFailure(userError('DECISION_ALREADY_PUBLISHED', '该决定已发布过清单条目 · an item was already published from this decision', 'input.decisionId'));
  }
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
    decisionId,
    goals: (input.goals ?? []).map((g) => g.trim()),
    budget: input.budget ?? null,
    milestones: (input.milestones ?? []).map((m) => ({ title: m.title.trim(), dueOn: m.dueOn, doneAt: null })),
    state,
    status,
    seq: 1,
  }).catch(async (err: unknown) => {
    if (decisionId) await releaseUniqueKey(ctx.models.DecisionItem, String(decisionId), _id);
    throw err;
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

export async function publishNeed(ctx: Context, { input }: MutationPublishNeedArgs) {
  const principal = requirePrincipal(ctx.principal);
  const owner = await ownParty(ctx, principal, input.postedBy, 'input.postedBy');
  if (!('path' in owner)) return itemFailure(owner);
  return publish(ctx, 'NEED', [owner], input, 'quantity');
}

export async function publishOffer(ctx: Context, { input }: MutationPublishOfferArgs) {
  const principal = requirePrincipal(ctx.principal);
  const owner = await ownParty(ctx, principal, input.provider, 'input.provider');
  if (!('path' in owner)) return itemFailure(owner);
  return publish(ctx, 'OFFER', [owner], { ...input, quantity: input.capacity, visibility: input.visibility ?? 'STREET' }, 'capacity');
}

export async function publishProject(ctx: Context, { input }: MutationPublishProjectArgs) {
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
}

async function itemAction(ctx: Context, id: string, action: 'OPEN' | 'CANCEL' | 'CLOSE', reason: string | null) {
  const principal = requirePrincipal(ctx.principal);
  const item = await visibleItem(ctx, id);
  if (!item) return itemFailure(userError('NOT_VISIBLE', '条目不存在或不可见 · no such item visible to you', 'id'));
  if (!isOwnerSide(principal, item)) throw forbidden("Only the item's owner side may do this");
  if (reason !== null) {
    const bad = validateReason(reason);
    if (bad) return itemFailure(bad);
  }
  return changeItem(ctx, principal, item, (state) => decideItemAction(action, item, state, reason?.trim() ?? null));
}

/**
 * An act of the item's owner side on the item itself (not on a claim): decided on the item's ledger,
 * projected (with `extra` fields set from the entry), and answered with the item as it now stands.
 */
async function changeItem(
  ctx: Context,
  principal: Principal,
  item: ItemDoc,
  decide: (state: ItemState) => Outcome<ItemEvent>,
  extra: (entry: LedgerEntry<ItemEvent['data']>) => Record<string, unknown> = () => ({}),
) {
  const outcome = await appendDecision<ItemState, ItemEvent['data'], ItemEvent>({
    ledger: ctx.models.ItemLedger,
    key: itemKey(item._id),
    actor: principal.subject,
    by: actorOf(principal),
    read: () => readState(ctx, item),
    decide: (state) => asDecision(decide(state)),
    after: (entry) => project(ctx, item, entry, extra(entry)),
  });
  if (!outcome.ok) return itemFailure(...outcome.errors);
  return { item: (await ctx.models.Item.findById(item._id).lean()) as ItemDoc, errors: [] };
}

export const openItem = (ctx: Context, { id }: MutationOpenItemArgs) => itemAction(ctx, id, 'OPEN', null);
export const cancelItem = (ctx: Context, { id, reason }: MutationCancelItemArgs) => itemAction(ctx, id, 'CANCEL', reason);
export const closeItem = (ctx: Context, { id, reason }: MutationCloseItemArgs) => itemAction(ctx, id, 'CLOSE', reason);

export async function completeMilestone(ctx: Context, { projectId, index }: MutationCompleteMilestoneArgs) {
  const principal = requirePrincipal(ctx.principal);
  const item = await visibleItem(ctx, projectId, 'PROJECT');
  if (!item) {
    return itemFailure(userError('NOT_VISIBLE', '项目不存在或不可见 · no such project visible to you', 'projectId'));
  }
  if (!isOwnerSide(principal, item)) throw forbidden("Only the project's owners may complete its milestones");
  // The index is the milestone's place as shown (by due date), not in storage.
  const shown = milestonesInOrder(item.milestones)[index];
  if (!shown) return itemFailure(userError('NOT_FOUND', '没有该里程碑 · no such milestone', 'index'));
  const { milestone, stored } = shown;
  if (milestone.doneAt) return itemFailure(userError('INVALID_STATE', '该里程碑已完成 · already done', 'index'));
  return changeItem(
    ctx,
    principal,
    item,
    (state) => {
      const status = deriveStatus(state, item.quantity);
      return ok({ action: 'MILESTONE', data: { from: status, to: status, reason: milestone.title, state } });
    },
    (entry) => ({ [`milestones.${stored}.doneAt`]: entry.at }),
  );
}
