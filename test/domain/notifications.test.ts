import { backoffMs, checkWebhookUrl, signDelivery, verifyDelivery } from '../../subgraphs/services/domain/webhooks';
import { beijingTime, callsAt, claimEvent, notificationKey, recipientsOf } from '../../subgraphs/services/domain/notifications';

describe('notifications: who is told what (domain)', () => {
  const item = { _id: 'i1', kind: 'NEED' as const, title: '敬老院陪护', unitOfMeasure: 'PEOPLE', owners: [{ type: 'ORGANIZATION', id: 'o1' }, { type: 'RESIDENT_UNIT', id: 'u9' }], streetId: 's1' };
  const claim = { _id: 'c1', claimant: { type: 'RESIDENT_UNIT', id: 'u1' }, quantity: 3 };

  it("tells a claim's owners, an acceptance or rejection its claimant, and no one of the other steps", () => {
    const made = claimEvent({ _id: 'item:i1#000000002', action: 'CLAIM', by: { type: 'RESIDENT_UNIT', id: 'u1' }, data: {} }, item, claim)!;
    expect(made.kind).toBe('CLAIM_RECEIVED');
    expect(recipientsOf(made)).toEqual([{ type: 'ORGANIZATION', id: 'o1' }, { type: 'RESIDENT_UNIT', id: 'u9' }]);
    expect(made.text).toBe('需求“敬老院陪护”收到一项认领,数量3人;待处理的认领请及时接受或拒绝。');
    const rejected = claimEvent({ _id: 'item:i1#000000003', action: 'REJECT', by: { type: 'ORGANIZATION', id: 'o1' }, data: { reason: '人数已满' } }, item, claim)!;
    expect([rejected.kind, recipientsOf(rejected), rejected.text]).toEqual(['CLAIM_REJECTED', [claim.claimant], '您对需求“敬老院陪护”的认领未被接受,原因:人数已满。']);
    for (const action of ['WITHDRAW', 'DELIVER', 'EVALUATE', 'EXPIRE']) expect(claimEvent({ _id: 'x', action, data: {} }, item, claim)).toBeNull();
  });

  it('never tells the party that acted, and each recipient once; one key per event and recipient', () => {
    const event = claimEvent({ _id: 'item:i1#000000002', action: 'CLAIM', by: { type: 'ORGANIZATION', id: 'o1' }, data: {} }, { ...item, owners: [...item.owners, item.owners[1]] }, claim)!;
    expect(recipientsOf(event)).toEqual([{ type: 'RESIDENT_UNIT', id: 'u9' }]);
    expect(notificationKey(event.key, { type: 'RESIDENT_UNIT', id: 'u9' })).toBe('item:i1#000000002>RESIDENT_UNIT:u9');
  });

  it('reads times in Beijing, and finds the calls of one whistle', () => {
    expect(beijingTime(new Date('2026-12-07T17:30:00Z'))).toBe('12月8日 01:30');
    const at = new Date('2026-12-07T01:00:00Z');
    const calls = [{ unitId: 'a', calledAt: new Date('2026-12-06T01:00:00Z') }, { unitId: 'b', calledAt: at }, { unitId: 'c', calledAt: at }];
    expect(callsAt(calls, at).map((c) => c.unitId)).toEqual(['b', 'c']);
  });
});

describe('webhooks: URLs, signatures, backoff (domain)', () => {
  it('takes https:// anywhere and http:// to loopback only, without credentials', () => {
    for (const ok of ['https://hooks.example.gov.cn/coop', 'http://127.0.0.1:8080/x', 'http://localhost/x', 'http://[::1]:9000/x', 'http://127.8.0.1/x']) expect(checkWebhookUrl(ok)).toBeNull();
    for (const bad of ['http://10.0.0.1/x', 'http://example.com/x', 'ftp://127.0.0.1/x', 'https://a:b@example.com/', 'https://example.com/#frag', 'javascript:alert(1)', '']) {
      expect(checkWebhookUrl(bad)?.code).toBe('INVALID_URL');
    }
  });

  it('signs the timestamp and the body: any change, an old timestamp or another secret fails', () => {
    const body = JSON.stringify({ event: 'CLAIM_RECEIVED', title: '收到认领' });
    const header = signDelivery('whsec_a', 1_800_000_000, body);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyDelivery('whsec_a', header, body, 1_800_000_010)).toBe(true);
    expect(verifyDelivery('whsec_a', header, `${body} `, 1_800_000_010)).toBe(false);
    expect(verifyDelivery('whsec_b', header, body, 1_800_000_010)).toBe(false);
    expect(verifyDelivery('whsec_a', header, body, 1_800_001_000)).toBe(false);
    expect(verifyDelivery('whsec_a', header.replace('t=1800000000', 't=1800000001'), body, 1_800_000_010)).toBe(false);
    expect(verifyDelivery('whsec_a', undefined, body, 1_800_000_010)).toBe(false);
  });

  it('waits base × 2^(tries−1), capped, with equal jitter', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1_000, 600_000, 1 - Number.EPSILON))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3].map((n) => backoffMs(n, 1_000, 600_000, 0))).toEqual([500, 1_000, 2_000]);
    expect(backoffMs(30, 1_000, 600_000, 0.5)).toBe(450_000);
    expect(backoffMs(10_000, 1_000, 600_000, 0.99)).toBeLessThanOrEqual(600_000);
  });
});
