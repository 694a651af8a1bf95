import { ledgerHead, projectForward, type LedgerEntry } from '../../../platform/data/ledger';
import type { ItemEvent } from '../domain/claims';
import { deriveStatus, timings } from '../domain/items';
import type { Context } from '../context';
import type { ItemDoc, ItemState } from '../models';

/**
 * The item ledger: every change of an item and of its claims is an entry in the item's ledger (one
 * sequence per item, unique), and the item document is its projection. Commands decide on the head
 * (app/items.ts, app/claims.ts); this module reads the head and writes the projection.
 */

/** The ledger key of an item. */
export const itemKey = (id: unknown) => `item:${String(id)}`;

/** The item's state as its ledger last recorded it, with the ledger's last sequence. */
export const readState = (ctx: Context, item: ItemDoc) => ledgerHead<ItemState>(ctx.models.ItemLedger, itemKey(item._id), item.state);

/**
 * Brings the item document in line with a ledger entry (see projectForward),
 * stamping the times the statistics measure when they happen.
 */
export async function project(ctx: Context, item: ItemDoc, entry: LedgerEntry<ItemEvent['data']>, extra: Record<string, unknown> = {}, headHeld = false) {
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
export const headOf = (item: ItemDoc) => (item.state ? { lastSeq: item.seq, view: item.state } : undefined);

/**
 * The last projection of each item this process wrote, whole: in a rush of claims on one item they
 * queue behind each other (appendDecision), and each decides on what the one before it wrote instead
 * of reading the ledger and the item again. Only ever a head: if another process went in between, the
 * insert fails and the decision is taken on the ledger.
 */
export const latestItems = new Map<string, ItemDoc>();
export const LATEST_ITEMS = 1_000;
export function rememberItem(item: ItemDoc) {
  const id = String(item._id);
  latestItems.delete(id);
  if (latestItems.size >= LATEST_ITEMS) latestItems.delete(latestItems.keys().next().value!);
  latestItems.set(id, item);
}
/** The item as this process last wrote it, if that is newer than the copy the request loaded. */
export function freshest(item: ItemDoc): ItemDoc {
  const known = latestItems.get(String(item._id));
  return known && known.seq > item.seq ? known : item;
}

export function mapHead<V, W>(head: { lastSeq: number; view: V } | undefined, f: (view: V) => W) {
  return head && { lastSeq: head.lastSeq, view: f(head.view) };
}
