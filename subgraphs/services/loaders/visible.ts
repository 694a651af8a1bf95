import { isObjectId } from '../../../platform/server/subgraph';
import { seesActivity } from '../domain/activities';
import { canSee, seesClaim } from '../domain/parties';
import { maySee } from '../domain/requests/access';
import type { Context } from '../context';
import type { ActivityDoc, ClaimDoc, ItemDoc, RequestDoc } from '../models';

/*
 * The one place that decides whether the caller sees an entity of this subgraph at all: the queries,
 * the federation references and the commands all load through these. An entity the caller may not
 * see is null, exactly like one that does not exist (never a hint that it does).
 */

/** An item (of one kind, if given) the caller may see. */
export async function visibleItem(ctx: Context, id: string, kind?: ItemDoc['kind']): Promise<ItemDoc | null> {
  const item = isObjectId(id) ? await ctx.loaders.item.load(id) : null;
  return item && (!kind || item.kind === kind) && canSee(ctx.principal, item) ? item : null;
}

/** A claim the caller may see (its parties, the item's owner side and the committees over it), with its item. */
export async function visibleClaim(ctx: Context, id: string): Promise<ClaimDoc | null> {
  const claim = isObjectId(id) ? await ctx.loaders.claim.load(id) : null;
  if (!claim) return null;
  const item = await ctx.loaders.item.load(String(claim.itemId));
  return item && seesClaim(ctx.principal, claim, item) ? claim : null;
}

/** A co-building activity the caller may see. */
export async function visibleActivity(ctx: Context, id: string): Promise<ActivityDoc | null> {
  const activity = isObjectId(id) ? await ctx.loaders.activity.load(id) : null;
  return activity && seesActivity(ctx.principal, activity) ? activity : null;
}

/** A resident's request the caller may see. */
export async function visibleRequest(ctx: Context, id: string): Promise<RequestDoc | null> {
  const request = isObjectId(id) ? await ctx.loaders.request.load(id) : null;
  return request && maySee(ctx.principal, request) ? request : null;
}
