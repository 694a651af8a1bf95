import { addWorkingDays, dayOf, isWorkingDay } from '../../subgraphs/services/domain/requests/calendar';
import {
  decideAccept,
  decideEscalate,
  decideExtension,
  decideRate,
  decideReport,
  decideRequestExtension,
  decideResolve,
  decideRespond,
  decideWhistle,
  isOverdue,
  raisedState,
  type RequestState,
} from '../../subgraphs/services/domain/requests/lifecycle';
import { rankUnits, requestFigures } from '../../subgraphs/services/domain/statistics';

const at = (beijing: string) => new Date(`${beijing}+08:00`);
const handler = { organizationId: 'c1', path: ['s1', 'c1'], subject: 'admin' };
const value = <T>(outcome: { ok: true; value: T } | { ok: false; errors: { code: string }[] }): T => {
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.code).join());
  return outcome.value;
};
const codes = (outcome: { ok: boolean; errors?: { code: string }[] }) => (outcome.ok ? [] : outcome.errors!.map((e) => e.code));

describe('working days (工作日)', () => {
  it('counts Beijing calendar days, whatever the instant in UTC', () => {
    expect(dayOf(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24'); // 00:30 in Beijing
  });

  it('skips weekends, public holidays, and counts the weekend days made working days (调休)', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-10-05')).toBe(false); // National Day holiday, a Monday
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday worked
    expect(isWorkingDay('2026-02-16')).toBe(false); // Spring Festival
  });

  it('sets deadlines: the same day, or the end of the n-th working day after the day of receipt', () => {
    // Friday afternoon: same day ends that evening; 3 working days run Mon, Tue, Wed.
    expect(addWorkingDays(at('2026-11-20T15:00:00'), 0).toISOString()).toBe(at('2026-11-20T23:59:59.999').toISOString());
    expect(addWorkingDays(at('2026-11-20T15:00:00'), 3).toISOString()).toBe(at('2026-11-25T23:59:59.999').toISOString());
    // Received on 30 September 2026: the National Day week is skipped, Saturday 10 October counts.
    expect(dayOf(addWorkingDays(at('2026-09-30T10:00:00'), 1))).toBe('2026-10-08');
    expect(dayOf(addWorkingDays(at('2026-09-30T10:00:00'), 3))).toBe('2026-10-10');
    // 13 working days from Monday 23 November 2026.
    expect(dayOf(addWorkingDays(at('2026-11-23T09:00:00'), 13))).toBe('2026-12-10');
  });
});

describe('the request lifecycle', () => {
  const received = at('2026-11-23T09:00:00');
  const fresh = () => raisedState('REPAIRS', received);

  it('gives a request its deadline by category and flags it overdue after that', () => {
    expect(dayOf(fresh().deadline)).toBe('2026-11-26');
    expect(dayOf(raisedState('EMERGENCY', received).deadline)).toBe('2026-11-23');
    expect(isOverdue(fresh(), at('2026-11-26T23:00:00'))).toBe(false);
    expect(isOverdue(fresh(), at('2026-11-27T00:00:01'))).toBe(true);
  });

  it('lets the first committee own it (首问负责)', () => {
    const accepted = value(decideAccept(fresh(), handler, received)).data.state;
    expect(accepted.handler?.organizationId).toBe('c1');
    expect(codes(decideAccept(accepted, { ...handler, organizationId: 's1' }, received))).toEqual(['ALREADY_ACCEPTED']);
  });

  it('calls units by whistle; each must report before it responds, and is not called twice while unanswered', () => {
    let s: RequestState = value(decideAccept(fresh(), handler, received)).data.state;
    s = value(decideWhistle(s, ['u1', 'u2', 'u1'], '请派电工', 'admin', received)).data.state;
    expect(s.status).toBe('WHISTLED');
    expect(s.whistles.map((w) => w.unitId)).toEqual(['u1', 'u2']);
    expect(codes(decideWhistle(s, ['u1'], '再次', 'admin', received))).toEqual(['ALREADY_WHISTLED']);
    expect(codes(decideRespond(s, 'u1', '已处理', 'u', received))).toEqual(['NOT_REPORTED']);
    expect(codes(decideReport(s, 'u3', 'u', received))).toEqual(['NOT_CALLED']);
    s = value(decideReport(s, 'u1', 'u', received)).data.state;
    expect(codes(decideReport(s, 'u1', 'u', received))).toEqual(['ALREADY_REPORTED']);
    s = value(decideRespond(s, 'u1', '已更换灯泡', 'u', received)).data.state;
    expect(s.whistles[0].response).toBe('已更换灯泡');
    // Answered, the unit may be called again.
    expect(decideWhistle(s, ['u1'], '复查', 'admin', received).ok).toBe(true);
  });

  it('moves the deadline only on the street’s approval, one extension at a time', () => {
    let s: RequestState = value(decideAccept(fresh(), handler, received)).data.state;
    s = value(decideRequestExtension(s, 2, '需等配件', 'admin', received)).data.state;
    expect(codes(decideRequestExtension(s, 1, '再延', 'admin', received))).toEqual(['EXTENSION_PENDING']);
    expect(dayOf(s.deadline)).toBe('2026-11-26');
    const refused = value(decideExtension(s, false, '理由不充分', 'street', received)).data.state;
    expect(dayOf(refused.deadline)).toBe('2026-11-26');
    const approved = value(decideExtension(s, true, null, 'street', received)).data.state;
    expect(dayOf(approved.deadline)).toBe('2026-11-30'); // Thu 26 + Fri 27, Mon 30
    expect(codes(decideExtension(approved, true, null, 'street', received))).toEqual(['NO_EXTENSION_PENDING']);
    expect(codes(decideRequestExtension(approved, 11, '太久', 'admin', received))).toEqual(['INVALID_DAYS']);
  });

  it('records on-time resolution, closes on a satisfied rating and reopens on an unsatisfied one', () => {
    let s: RequestState = value(decideAccept(fresh(), handler, received)).data.state;
    const late = value(decideResolve(s, '已修好', at('2026-11-27T10:00:00'))).data.state;
    expect(late.resolvedOnTime).toBe(false);
    s = value(decideResolve(s, '已修好', at('2026-11-24T10:00:00'))).data.state;
    expect(s.resolvedOnTime).toBe(true);
    expect(codes(decideRate(s, 'REPAIRS', 6, null, 'r', received))).toEqual(['INVALID_SCORE']);
    const reopened = value(decideRate(s, 'REPAIRS', 2, '灯又坏了', 'r', at('2026-11-25T10:00:00'))).data.state;
    expect(reopened).toMatchObject({ status: 'ACCEPTED', reopenCount: 1, resolvedAt: null, rating: { score: 2 } });
    expect(dayOf(reopened.deadline)).toBe('2026-11-30'); // 3 working days from Wednesday 25
    const closed = value(decideRate(s, 'REPAIRS', 4, null, 'r', received)).data.state;
    expect(closed.status).toBe('CLOSED');
    expect(codes(decideRate(closed, 'REPAIRS', 4, null, 'r', received))).toEqual(['INVALID_STATE']);
  });

  it('escalates an overdue request to the street once', () => {
    const s = fresh();
    expect(codes(decideEscalate(s, 's1', received))).toEqual(['NOT_OVERDUE']);
    const escalated = value(decideEscalate(s, 's1', at('2026-11-27T08:00:00'))).data.state;
    expect(escalated.escalatedTo).toBe('s1');
    expect(codes(decideEscalate(escalated, 's1', at('2026-11-28T08:00:00')))).toEqual(['ALREADY_ESCALATED']);
  });
});

describe('the dashboard’s figures', () => {
  it('computes request rates from grouped counts', () => {
    const row = (fields: Record<string, unknown>, count: number) =>
      ({ status: 'ACCEPTED', category: 'REPAIRS', whistled: false, escalated: false, resolvedOnTime: null, satisfied: null, ...fields, count }) as never;
    const figures = requestFigures(
      [
        row({ status: 'CLOSED', resolvedOnTime: true, satisfied: true, whistled: true }, 3),
        row({ status: 'RESOLVED', resolvedOnTime: false }, 1),
        row({ status: 'ACCEPTED', satisfied: false, category: 'OTHER' }, 1),
        row({ status: 'RECEIVED', escalated: true }, 3),
      ],
      2,
    );
    expect(figures).toMatchObject({ received: 8, resolved: 4, resolutionRate: 0.5, resolvedOnTime: 3, onTimeRate: 0.75, rated: 4, satisfied: 3, satisfactionRate: 0.75, whistled: 3, whistleRate: 0.375, escalated: 3, overdueNow: 2 });
    expect(figures.byCategory).toEqual([{ category: 'REPAIRS', count: 7 }, { category: 'OTHER', count: 1 }]);
    expect(requestFigures([], 0)).toMatchObject({ received: 0, resolutionRate: null, satisfactionRate: null });
  });

  it('ranks units by delivered, then evaluated claims; equal figures share a rank', () => {
    const ranked = rankUnits(
      [
        { unit: 'b', status: 'DELIVERED', count: 2 },
        { unit: 'a', status: 'EVALUATED', count: 2 },
        { unit: 'c', status: 'DELIVERED', count: 1 },
        { unit: 'c', status: 'EVALUATED', count: 1 },
        { unit: 'd', status: 'DELIVERED', count: 1 },
      ],
      10,
    );
    expect(ranked.map((r) => [r.rank, r.unitId, r.deliveredClaims, r.evaluatedClaims])).toEqual([
      [1, 'a', 2, 2],
      [2, 'c', 2, 1],
      [3, 'b', 2, 0],
      [4, 'd', 1, 0],
    ]);
    expect(rankUnits([{ unit: 'x', status: 'DELIVERED', count: 1 }, { unit: 'y', status: 'DELIVERED', count: 1 }], 1)).toEqual([
      { rank: 1, unitId: 'x', deliveredClaims: 1, evaluatedClaims: 0 },
    ]);
  });
});
