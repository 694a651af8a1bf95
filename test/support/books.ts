import type { ItemDoc } from '../../subgraphs/services/models';
import type { TestStack } from './stack';

/**
 * The books of claiming after a rush, as an auditor would check them; returns the number of claims.
 * Per item: what active claims hold never exceeds the quantity and equals what the item's ledger
 * says, with no gap in the ledger; the item's projection equals the ledger's head; one lock per
 * active claim, and no lock of a claim that was never written. Overall: no idempotency key pending.
 */
export async function balancedBooks(stack: TestStack, items: ItemDoc[]): Promise<number> {
  const { Item, Claim, ClaimLock, Idempotency, ItemLedger } = stack.models.services;
  const ACTIVE: ('PENDING' | 'ACCEPTED')[] = ['PENDING', 'ACCEPTED'];
  const active = (c: { status: string }) => (ACTIVE as string[]).includes(c.status);
  let claimed = 0;
  for (const item of items) {
    const claims = await Claim.find({ itemId: item._id }).lean();
    const held = claims.filter(active).reduce((sum, c) => sum + c.quantity, 0);
    claimed += claims.length;
    const doc = (await Item.findById(item._id).lean())!;
    const ledger = await ItemLedger.find({ key: `item:${String(item._id)}` }).lean();
    const head = ledger.reduce((a, b) => (a.seq > b.seq ? a : b));
    expect(ledger.map((e) => e.seq).sort((a, b) => a - b)).toEqual(ledger.map((_, k) => k + 1)); // no gap
    expect(held).toBeLessThanOrEqual(item.quantity);
    expect({ item: item.title, reserved: doc.state.reserved, seq: doc.seq }).toEqual({
      item: item.title,
      reserved: (head.data as { state: { reserved: number } }).state.reserved,
      seq: head.seq,
    });
    expect((head.data as { state: { reserved: number } }).state.reserved).toBe(held);
    // One lock per claimant with an active claim on the item. Any other lock is one an ended claim
    // left (it holds nothing: the claimant's next claim frees it), never one of a claim not written.
    const locks = await ClaimLock.find({ _id: { $in: claims.map((c) => `${String(item._id)}:${String(c.claimant.id)}`) } }).lean();
    const statusOf = new Map(claims.map((c) => [String(c._id), c.status]));
    const activeClaimIds = claims.filter(active).map((c) => String(c._id)).sort();
    expect(locks.filter((l) => active({ status: statusOf.get(String(l.claimId)) ?? 'NO CLAIM' })).map((l) => String(l.claimId)).sort()).toEqual(activeClaimIds);
    expect(locks.filter((l) => !statusOf.has(String(l.claimId)))).toEqual([]);
  }
  const locks = await ClaimLock.find({}, { claimId: 1 }).lean();
  expect(await Claim.countDocuments({ _id: { $in: locks.map((l) => l.claimId) } })).toBe(locks.length);
  expect(await Idempotency.countDocuments({ done: false })).toBe(0);
  return claimed;
}
