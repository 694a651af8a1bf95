import { decideClaimTransition } from '../../subgraphs/services/domain/claims';
import type { ClaimStatus, ItemState } from '../../subgraphs/services/models';

/**
 * A claim's steps on its item's state. The invariant: `reserved` is what pending, accepted and
 * delivered claims hold, `accepted` what accepted and delivered ones hold, `delivered` what was done.
 */
describe("a claim's life cycle", () => {
  // An item of 10 holding this claim of 4 (and nothing else).
  const held = (status: ClaimStatus): ItemState => ({
    lifecycle: 'OPEN',
    reserved: 4,
    accepted: status === 'PENDING' ? 0 : 4,
    delivered: 0,
    claimsDelivered: 0,
    claimsEvaluated: 0,
  });
  const claim = (status: ClaimStatus) => ({ id: 'c1', status, quantity: 4 });
  const after = (outcome: ReturnType<typeof decideClaimTransition>) => (outcome.ok ? outcome.value.data.state : outcome.errors.map((e) => e.code));

  it('gives back what a claim ended before delivery held', () => {
    expect(after(decideClaimTransition('WITHDRAW', held('PENDING'), claim('PENDING'), null))).toMatchObject({ reserved: 0, accepted: 0 });
    expect(after(decideClaimTransition('EXPIRE', held('PENDING'), claim('PENDING'), null))).toMatchObject({ reserved: 0, accepted: 0 });
    expect(after(decideClaimTransition('WITHDRAW', held('ACCEPTED'), claim('ACCEPTED'), '单位临时有任务'))).toMatchObject({ reserved: 0, accepted: 0 });
    expect(after(decideClaimTransition('CANCEL', held('ACCEPTED'), claim('ACCEPTED'), '认领方违约'))).toMatchObject({ reserved: 0, accepted: 0 });
  });

  it('asks for a reason to end an accepted claim', () => {
    expect(after(decideClaimTransition('CANCEL', held('ACCEPTED'), claim('ACCEPTED'), null))).toEqual(['INVALID_REASON']);
    expect(after(decideClaimTransition('WITHDRAW', held('ACCEPTED'), claim('ACCEPTED'), ' '))).toEqual(['INVALID_REASON']);
  });

  it('counts what was actually delivered, and frees the rest', () => {
    const partly = decideClaimTransition('DELIVER', held('ACCEPTED'), claim('ACCEPTED'), null, { delivered: 3 });
    expect(after(partly)).toEqual({ lifecycle: 'OPEN', reserved: 3, accepted: 3, delivered: 3, claimsDelivered: 1, claimsEvaluated: 0 });
    expect(partly.ok && partly.value.data.delivered).toBe(3);
    expect(after(decideClaimTransition('DELIVER', held('ACCEPTED'), claim('ACCEPTED'), null))).toMatchObject({ reserved: 4, delivered: 4 });
    for (const bad of [0, 5, 2.5]) expect(after(decideClaimTransition('DELIVER', held('ACCEPTED'), claim('ACCEPTED'), null, { delivered: bad }))).toEqual(['INVALID_QUANTITY']);
  });

  it('refuses steps from the wrong status, in words', () => {
    const refused = decideClaimTransition('CANCEL', held('PENDING'), claim('PENDING'), '无');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0].message.split(' · ')[0]).toBe('该认领待确认,不能取消(只有已接受的认领可以)');
    expect(after(decideClaimTransition('EXPIRE', held('ACCEPTED'), claim('ACCEPTED'), null))).toEqual(['INVALID_STATE']);
    expect(after(decideClaimTransition('WITHDRAW', held('ACCEPTED'), claim('DELIVERED'), '无'))).toEqual(['INVALID_STATE']);
  });
});
