import type { Principal } from '../../platform/auth/tokens';
import { dayOf } from '../../subgraphs/services/domain/requests/calendar';
import { isHandlerSide, mayRaise, maySee, maySeeResident, maySupervise } from '../../subgraphs/services/domain/requests/access';
import {
  decideAccept,
  decideEscalate,
  decideRate,
  decideRemind,
  MAX_REMINDERS,
  MAX_TRANSFERS,
  decideReport,
  decideResolve,
  decideTransfer,
  decideWhistle,
  raisedState,
  reportDueAt,
  reportOverdue,
  type RequestState,
} from '../../subgraphs/services/domain/requests/lifecycle';
import { photoType } from '../../subgraphs/services/domain/requests/photos';
import { decideTableChange, DEFAULT_TABLE_STATE, DEFAULT_TIME_LIMITS } from '../../subgraphs/services/domain/requests/time-limits';

/* Issue #19's rules, without a database: time-limit tables, departments' report-in deadlines, 转办, 督办, residents, photos. */

const at = (beijing: string) => new Date(`${beijing}+08:00`);
const HOUR = 3_600_000;
const community = { organizationId: 'c1', path: ['s1', 'c1'], subject: 'admin' };
const department = { organizationId: 'd1', path: ['s1', 'd1'], subject: 'admin' };
const value = <T>(outcome: { ok: true; value: T } | { ok: false; errors: { code: string }[] }): T => {
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.code).join());
  return outcome.value;
};
const codes = (outcome: { ok: boolean; errors?: { code: string; field?: string | null }[] }) => (outcome.ok ? [] : outcome.errors!.map((e) => [e.code, e.field ?? null]));
const received = at('2026-11-23T09:00:00');
const accepted = (state: RequestState = raisedState('REPAIRS', received)) => value(decideAccept(state, community, received)).data.state;

describe('a street’s time-limit table (时限规则表)', () => {
  it('changes only the categories given, validated, one version at a time', () => {
    const change = value(decideTableChange(DEFAULT_TABLE_STATE, [{ category: 'REPAIRS', workingDays: 1, respondHours: 4, reportInHours: 2 }], ' 提速 '));
    expect(change.data.state.version).toBe(1);
    expect(change.data.state.note).toBe('提速');
    expect(change.data.state.limits.REPAIRS).toEqual({ workingDays: 1, respondHours: 4, reportInHours: 2 });
    expect(change.data.state.limits.OTHER).toEqual(DEFAULT_TIME_LIMITS.OTHER);
    expect(DEFAULT_TIME_LIMITS.REPAIRS.workingDays).toBe(3);
    const row = { category: 'OTHER' as const, workingDays: 0, respondHours: 1, reportInHours: 72 };
    expect(codes(decideTableChange(change.data.state, [row], null))).toEqual([]);
    expect(codes(decideTableChange(change.data.state, [], null))).toEqual([['INVALID_LIMITS', 'limits']]);
    expect(codes(decideTableChange(change.data.state, [row, { ...row, workingDays: 31, reportInHours: 73 }], null))).toEqual([
      ['INVALID_LIMITS', 'limits.1.category'],
      ['INVALID_LIMITS', 'limits.1.workingDays'],
      ['INVALID_LIMITS', 'limits.1.reportInHours'],
    ]);
    expect(codes(decideTableChange(change.data.state, [{ ...row, respondHours: 1.5 }], 'x'.repeat(501)))).toEqual([
      ['INVALID_LIMITS', 'limits.0.respondHours'],
      ['INVALID_NOTE', 'note'],
    ]);
  });

  it('gives a request its street’s limits when received, kept through a reopening', () => {
    const limits = { workingDays: 1, respondHours: 4, reportInHours: 2 };
    const state = raisedState('REPAIRS', received, undefined, limits);
    expect(dayOf(state.deadline)).toBe('2026-11-24');
    expect(state.respondBy!.getTime()).toBe(received.getTime() + 4 * HOUR);
    const resolved = value(decideResolve(accepted(state), '已修好', received)).data.state;
    // Rated unsatisfied on Wednesday: one working day again, by the request's own limits.
    const reopened = value(decideRate(resolved, 'REPAIRS', 1, null, 'resident', at('2026-11-25T10:00:00'))).data.state;
    expect(dayOf(reopened.deadline)).toBe('2026-11-26');
  });
});

describe('departments called by a whistle (吹哨报到)', () => {
  it('calls units and departments with the report-in deadline of the request’s limits; late ones are flagged until they report', () => {
    const state = accepted(raisedState('REPAIRS', received, undefined, { workingDays: 3, respondHours: 24, reportInHours: 2 }));
    const whistled = value(decideWhistle(state, ['u1'], '请到场', 'admin', received, ['d1'])).data.state;
    expect(whistled.whistles.map((w) => [w.unitId, w.kind, w.reportBy!.getTime() - received.getTime()])).toEqual([
      ['u1', 'UNIT', 2 * HOUR],
      ['d1', 'DEPARTMENT', 2 * HOUR],
    ]);
    expect(reportDueAt(whistled)).toEqual(new Date(received.getTime() + 2 * HOUR));
    const later = new Date(received.getTime() + 3 * HOUR);
    expect(whistled.whistles.map((w) => reportOverdue(w, later))).toEqual([true, true]);
    expect(whistled.whistles.map((w) => reportOverdue(w, received))).toEqual([false, false]);
    const reported = value(decideReport(whistled, 'd1', 'dept', later)).data.state;
    expect(reported.whistles.map((w) => reportOverdue(w, later))).toEqual([true, false]);
    const bothReported = value(decideReport(reported, 'u1', 'unit', later)).data.state;
    expect(reportDueAt(bothReported)).toBeNull();
    // At most ten called in all, units and departments together.
    const many = Array.from({ length: 6 }, (_, i) => `x${i}`);
    expect(codes(decideWhistle(state, many, '请到场', 'admin', received, many.map((x) => `d${x}`)))).toEqual([['INVALID_UNITS', 'unitIds']]);
  });
});

describe('转办 and 督办', () => {
  it('hands a request on with a reason, keeping its deadline; the new handler’s side acts, the old one’s no longer', () => {
    const state = accepted();
    const handed = value(decideTransfer(state, department, '属占道经营', 'admin', received)).data.state;
    expect(handed.deadline).toEqual(state.deadline);
    expect(handed.handler).toEqual(department);
    expect(handed.transfers).toEqual([{ fromId: 'c1', toId: 'd1', reason: '属占道经营', at: received, by: 'admin' }]);
    expect(codes(decideTransfer(handed, department, '再转', 'admin', received))).toEqual([['INVALID_TARGET', 'toOrganizationId']]);
    // Ten hand-overs at most: past them the street takes it itself.
    let passed = handed;
    for (let i = 0; i < MAX_TRANSFERS - 1; i++) passed = value(decideTransfer(passed, i % 2 ? department : { ...department, organizationId: 'grid' }, '转回承办', 'admin', received)).data.state;
    expect(codes(decideTransfer(passed, { ...department, organizationId: 'street' }, '再转', 'admin', received))).toEqual([['TOO_MANY_TRANSFERS', 'toOrganizationId']]);
    expect(codes(decideTransfer(raisedState('REPAIRS', received), department, '未受理', 'admin', received)).map((c) => c[0])).toEqual(['INVALID_STATE']);
    const request = { territoryPath: ['s1', 'c1', 'g1'], raisedBy: 'resident', state: handed };
    const who = (role: Principal['role'], scopeId: string): Principal => ({ subject: `${role}:${scopeId}`, role, scopeId, territory: [] });
    expect(isHandlerSide(who('COMMUNITY_ADMIN', 'c1'), request)).toBe(false);
    expect(isHandlerSide(who('DEPARTMENT_ADMIN', 'd1'), request)).toBe(true);
    expect(isHandlerSide(who('DEPARTMENT_ADMIN', 'd2'), request)).toBe(false);
    expect(isHandlerSide(who('STREET_ADMIN', 's1'), request)).toBe(true);
    // The new handler sees the request and, to call back, the resident; the community still sees it too.
    expect(maySee(who('DEPARTMENT_ADMIN', 'd1'), request)).toBe(true);
    expect(maySeeResident(who('DEPARTMENT_ADMIN', 'd1'), request)).toBe(true);
    expect(maySee(who('COMMUNITY_ADMIN', 'c1'), request)).toBe(true);
  });

  it('records the street’s reminders on an overdue or escalated request only', () => {
    const state = accepted(raisedState('EMERGENCY', received));
    const late = at('2026-11-24T09:00:00');
    expect(codes(decideRemind(state, 's1', '请尽快办结', 'street', received))).toEqual([['NOT_OVERDUE', null]]);
    const once = value(decideRemind(state, 's1', '请尽快办结', 'street', late)).data.state;
    const twice = value(decideRemind(once, 's1', '再次催办', 'street', late)).data.state;
    expect(twice.reminders!.map((r) => [r.organizationId, r.handlerId, r.note])).toEqual([
      ['s1', 'c1', '请尽快办结'],
      ['s1', 'c1', '再次催办'],
    ]);
    expect(codes(decideRemind(state, 's1', '催', 'street', late))).toEqual([['INVALID_TEXT', 'note']]);
    // Thirty reminders at most: the state, copied on every ledger entry, stays small.
    let reminded = state;
    for (let i = 0; i < MAX_REMINDERS; i++) reminded = value(decideRemind(reminded, 's1', `第${i + 1}次催办`, 'street', late)).data.state;
    expect(codes(decideRemind(reminded, 's1', '再次催办', 'street', late))).toEqual([['TOO_MANY_REMINDERS', null]]);
    // Escalated, it may be supervised even once its deadline was extended past now; resolved, no longer.
    const escalated = value(decideEscalate(state, 's1', late)).data.state;
    expect(decideRemind({ ...escalated, deadline: at('2026-12-31T00:00:00') }, 's1', '请反馈进展', 'street', late).ok).toBe(true);
    const resolved = value(decideResolve(state, '已处置', late)).data.state;
    expect(codes(decideRemind(resolved, 's1', '请反馈', 'street', late))).toEqual([['NOT_OVERDUE', null]]);
    const who = (role: Principal['role'], scopeId: string): Principal => ({ subject: role, role, scopeId, territory: [] });
    const request = { territoryPath: ['s1', 'c1', 'g1'], raisedBy: 'r', state };
    expect(maySupervise(who('STREET_ADMIN', 's1'), request)).toBe(true);
    expect(maySupervise(who('COMMUNITY_ADMIN', 'c1'), request)).toBe(false);
    expect(maySupervise(who('STREET_ADMIN', 's2'), request)).toBe(false);
  });
});

describe('residents (群众) and their photos', () => {
  const resident = (grid: string): Principal => ({ subject: `resident:${grid}`, role: 'RESIDENT', scopeId: grid, territory: ['s1', 'c1', grid] });
  it('raises in their own grid only, and sees only their own requests', () => {
    expect(mayRaise(resident('g1'), ['s1', 'c1', 'g1'])).toBe(true);
    expect(mayRaise(resident('g2'), ['s1', 'c1', 'g1'])).toBe(false);
    const state = raisedState('REPAIRS', received);
    expect(maySee(resident('g1'), { territoryPath: ['s1', 'c1', 'g1'], raisedBy: 'resident:g1', state })).toBe(true);
    expect(maySee(resident('g1'), { territoryPath: ['s1', 'c1', 'g1'], raisedBy: 'someone else', state })).toBe(false);
  });

  it('knows a photo by its bytes, not its name', () => {
    expect(photoType(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]))).toBe('image/jpeg');
    expect(photoType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(photoType(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 2, 3, 4]), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(photoType(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 2, 3, 4]), Buffer.from('WAVEfmt ')]))).toBeNull();
    expect(photoType(Buffer.from('GIF89a'))).toBeNull();
    expect(photoType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});
