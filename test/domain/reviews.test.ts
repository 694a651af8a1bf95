import {
  DEFAULT_CRITERIA,
  beijingYear,
  criteriaOf,
  decideClose,
  decideClosing,
  decideFreeze,
  decideInvite,
  decideOpinion,
  decideReport,
  decideScore,
  gradeOf,
  initialPartyState,
  openRoundState,
  resultOf,
  reviewFigures,
  validateOpening,
  validateRaters,
  yearsStartingIn,
  type Figures,
  type PartyState,
  type Rater,
} from '../../subgraphs/organizations/domain/reviews';

/** A committee's annual review (述职评议 · 双述双评), as plain decisions on the ledgers' states. */
describe('annual review', () => {
  const NOW = new Date('2026-12-31T17:00:00Z'); // already 1 January 2027 in Beijing
  const UNIT = 'a'.repeat(24);
  const OTHER = 'b'.repeat(24);
  const BRANCH = 'c'.repeat(24);
  const figures: Figures = { claimsDelivered: 3, activitiesOrganised: 1, activitiesAttended: 2, membersReported: 4, volunteerHours: 36.5, commitmentsMet: null };
  const rater = (kind: Rater['kind'], fields: Partial<Rater> = {}): Rater => ({ memberId: `m-${kind}`, kind, employerId: null, organizationId: 'home', seatUnitId: null, ...fields });
  const committee = rater('COMMITTEE_MEMBER');
  const resident = rater('RESIDENT_REPRESENTATIVE');
  const unit = { type: 'RESIDENT_UNIT' as const, id: UNIT };
  const opening = { year: 2026, parties: [unit], raters: [{ memberId: 'x', kind: 'COMMITTEE_MEMBER' as const }] };
  const codes = (o: { ok: boolean; errors?: { code: string }[] }) => (o.ok ? [] : o.errors!.map((e) => e.code));
  const scored = (state: PartyState, r: Rater, scores: number[], criteria = DEFAULT_CRITERIA) => {
    const outcome = decideScore(state, r, unit, criteria, criteria.map((c, i) => ({ criterion: c.name, score: scores[i] })), NOW);
    if (!outcome.ok) throw new Error(outcome.errors[0].message);
    return outcome.value.data.state;
  };

  it('opens a round of this year or the last (in Beijing), with the default criteria or its own adding up to 100', () => {
    expect(beijingYear(NOW)).toBe(2027);
    expect(validateOpening({ ...opening, year: 2026 }, NOW)).toEqual([]);
    expect(validateOpening({ ...opening, year: 2027 }, NOW)).toEqual([]);
    expect(validateOpening({ ...opening, year: 2025 }, NOW).map((e) => e.code)).toEqual(['INVALID_YEAR']);
    expect(validateOpening({ ...opening, year: 2028 }, NOW).map((e) => e.code)).toEqual(['INVALID_YEAR']);
    expect(criteriaOf({ criteria: null }).map((c) => `${c.name}${c.weight}`)).toEqual(['履行共建协议30', '参与社区活动25', '服务群众实效25', '在职党员报到表现20']);
    expect(validateOpening({ ...opening, criteria: [{ name: '共建', weight: 60 }, { name: '服务', weight: 40 }] }, NOW)).toEqual([]);
    for (const criteria of [
      [{ name: '共建', weight: 60 }, { name: '服务', weight: 30 }], // 90
      [{ name: '共建', weight: 50 }, { name: ' 共建 ', weight: 50 }], // the same name
      [{ name: '共', weight: 100 }], // too short
      [{ name: '共建', weight: 99.5 }, { name: '服务', weight: 0.5 }], // not whole
    ]) {
      expect(validateOpening({ ...opening, criteria }, NOW).map((e) => e.code)).toEqual(['INVALID_CRITERIA']);
    }
    const twice = validateOpening({ ...opening, parties: [unit, unit], raters: [...opening.raters, ...opening.raters] }, NOW);
    expect(twice.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_REVIEW_PARTY', 'input.parties.1.id'],
      ['INVALID_RATER', 'input.raters.1.memberId'],
    ]);
    expect(validateOpening({ ...opening, parties: [], raters: [] }, NOW).map((e) => e.code)).toEqual(['INVALID_REVIEW_PARTY', 'INVALID_RATER']);
  });

  it('takes one score per rater and criterion, a later one replacing it, and refuses a rater their own unit or branch', () => {
    let state = scored(initialPartyState(), committee, [90, 80, 85, 95]);
    const again = decideScore(state, committee, unit, DEFAULT_CRITERIA, [{ criterion: '服务群众实效', score: 70 }], NOW);
    expect(again.ok && again.value.data.state.scores[committee.memberId].scores).toEqual({ 履行共建协议: 90, 参与社区活动: 80, 服务群众实效: 70, 在职党员报到表现: 95 });
    state = again.ok ? again.value.data.state : state;
    expect(Object.keys(state.scores)).toEqual([committee.memberId]);

    const bad = decideScore(state, committee, unit, DEFAULT_CRITERIA, [{ criterion: '颜值', score: 50 }, { criterion: '参与社区活动', score: 101 }, { criterion: '参与社区活动', score: 3.5 }], NOW);
    expect(bad.ok ? [] : bad.errors.map((e) => [e.code, e.field])).toEqual([
      ['UNKNOWN_CRITERION', 'input.scores.0.criterion'],
      ['INVALID_SCORE', 'input.scores.1.score'],
      ['UNKNOWN_CRITERION', 'input.scores.2.criterion'],
      ['INVALID_SCORE', 'input.scores.2.score'],
    ]);
    expect(codes(decideScore(state, committee, unit, DEFAULT_CRITERIA, [], NOW))).toEqual(['UNKNOWN_CRITERION']);

    // A unit scoring itself: its employee, or the part-time committee member who leads it; a branch's own member.
    expect(codes(decideScore(state, rater('RESIDENT_REPRESENTATIVE', { employerId: UNIT }), unit, DEFAULT_CRITERIA, [{ criterion: '参与社区活动', score: 100 }], NOW))).toEqual(['SELF_REVIEW']);
    expect(codes(decideScore(state, rater('COMMITTEE_MEMBER', { seatUnitId: UNIT }), unit, DEFAULT_CRITERIA, [{ criterion: '参与社区活动', score: 100 }], NOW))).toEqual(['SELF_REVIEW']);
    expect(codes(decideScore(state, rater('COMMITTEE_MEMBER', { employerId: OTHER }), unit, DEFAULT_CRITERIA, [{ criterion: '参与社区活动', score: 100 }], NOW))).toEqual([]);
    const branch = { type: 'PARTY_BRANCH' as const, id: BRANCH };
    expect(codes(decideScore(state, rater('RESIDENT_REPRESENTATIVE', { organizationId: BRANCH }), branch, DEFAULT_CRITERIA, [{ criterion: '参与社区活动', score: 100 }], NOW))).toEqual(['SELF_REVIEW']);
  });

  it('weighs each kind of rater half of a criterion, grades the weighted score once every criterion is scored', () => {
    let state = scored(initialPartyState(), committee, [90, 80, 85, 95]);
    expect(resultOf(DEFAULT_CRITERIA, state.scores)).toMatchObject({ weightedScore: 87.25, grade: 'FAIRLY_GOOD' });
    state = scored(state, resident, [80, 90, 75, 100]);
    state = scored(state, { ...committee, memberId: 'second committee member' }, [90, 80, 85, 95]);
    const result = resultOf(DEFAULT_CRITERIA, state.scores);
    // Two committee members and one representative: the representative still weighs half.
    expect(result.criteria.map((c) => [c.criterion, c.committeeMean, c.residentMean, c.score])).toEqual([
      ['履行共建协议', 90, 80, 85],
      ['参与社区活动', 80, 90, 85],
      ['服务群众实效', 85, 75, 80],
      ['在职党员报到表现', 95, 100, 97.5],
    ]);
    expect(result).toMatchObject({ weightedScore: 86.25, grade: 'FAIRLY_GOOD' }); // 25.5 + 21.25 + 20 + 19.5

    const partial = decideScore(initialPartyState(), committee, unit, DEFAULT_CRITERIA, [{ criterion: '履行共建协议', score: 100 }], NOW);
    expect(partial.ok && resultOf(DEFAULT_CRITERIA, partial.value.data.state.scores)).toMatchObject({ weightedScore: null, grade: null });
    expect(resultOf(DEFAULT_CRITERIA, {})).toMatchObject({ weightedScore: null, grade: null });
    expect([90, 89.99, 75, 74.99, 60, 59.99, 0].map(gradeOf)).toEqual(['GOOD', 'FAIRLY_GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'AVERAGE', 'POOR', 'POOR']);
  });

  it('takes a report and an opinion until the round closes; then everything is frozen', () => {
    const report = decideReport(initialPartyState(), '  本年度认领社区需求三项,开放会议室……  ', figures, NOW);
    expect(report.ok && report.value.data.state.report).toEqual({ figures, narrative: '本年度认领社区需求三项,开放会议室……', submittedAt: NOW.toISOString(), generatedAt: NOW.toISOString() });
    expect(codes(decideReport(initialPartyState(), '太短', figures, NOW))).toEqual(['INVALID_TEXT']);

    expect(codes(decideOpinion(initialPartyState(), 'DISAGREE', '  '))).toEqual(['OPINION_REASON_REQUIRED']);
    expect(codes(decideOpinion(initialPartyState(), 'AGREE', 'x'))).toEqual(['INVALID_REASON']);
    const opinion = decideOpinion(initialPartyState(), 'RECOMMEND', null);
    expect(opinion.ok && opinion.value.data.state.opinion).toEqual({ opinion: 'RECOMMEND', reason: null });

    // Frozen: a party that never reported gets the figures generated at close, without its words.
    const frozen = decideFreeze(initialPartyState(), figures, NOW)!;
    expect(frozen.ok && frozen.value.data.state).toMatchObject({ frozen: true, report: { figures, narrative: null, submittedAt: null } });
    const state = frozen.ok ? frozen.value.data.state : initialPartyState();
    expect(decideFreeze(state, figures, NOW)).toBeNull();
    expect(codes(decideScore(state, committee, unit, DEFAULT_CRITERIA, [{ criterion: '参与社区活动', score: 90 }], NOW))).toEqual(['REVIEW_CLOSED']);
    expect(codes(decideReport(state, '本年度认领社区需求三项', figures, NOW))).toEqual(['REVIEW_CLOSED']);
    expect(codes(decideOpinion(state, 'AGREE', null))).toEqual(['REVIEW_CLOSED']);
    // A reported party keeps its own report when frozen.
    const reported = report.ok ? report.value.data.state : initialPartyState();
    const kept = decideFreeze(reported, null, NOW)!;
    expect(kept.ok && kept.value.data.state.report?.narrative).toBe('本年度认领社区需求三项,开放会议室……');
  });

  it('closes a round in two steps, the second repeatable after a failure in between, never twice', () => {
    const closing = decideClosing(openRoundState());
    expect(closing?.ok && closing.value.data.state.status).toBe('CLOSING');
    expect(decideClosing({ status: 'CLOSING', closedAt: null, raters: [] })).toBeNull();
    const closed = decideClose({ status: 'CLOSING', closedAt: null, raters: [committee] }, NOW);
    expect(closed.ok && closed.value.data.state).toEqual({ status: 'CLOSED', closedAt: NOW.toISOString(), raters: [committee] });
    expect(codes(decideClosing({ status: 'CLOSED', closedAt: NOW.toISOString(), raters: [] })!)).toEqual(['REVIEW_CLOSED']);
    expect(codes(decideClose({ status: 'CLOSED', closedAt: NOW.toISOString(), raters: [] }, NOW))).toEqual(['REVIEW_CLOSED']);
  });

  it('invites more raters while the round is open, none twice, at most 100', () => {
    const invited = decideInvite(openRoundState([committee]), [resident]);
    expect(invited.ok && invited.value.data.state.raters).toEqual([committee, resident]);
    const again = decideInvite(openRoundState([committee]), [resident, committee]);
    expect(again.ok ? [] : again.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_RATER', 'raters.1.memberId']]);
    const many = Array.from({ length: 100 }, (_, i) => rater('RESIDENT_REPRESENTATIVE', { memberId: `m${i}` }));
    expect(codes(decideInvite(openRoundState([committee]), many))).toEqual(['INVALID_RATER']);
    expect(codes(decideInvite({ status: 'CLOSING', closedAt: null, raters: [] }, [resident]))).toEqual(['REVIEW_CLOSED']);
    expect(validateRaters([{ memberId: 'a' }, { memberId: 'a' }], 'raters').map((e) => e.field)).toEqual(['raters.1.memberId']);
  });

  it('counts the rounds of the years that start in a period, and the grades of the closed ones', () => {
    const beijingNewYear = (y: number) => new Date(Date.UTC(y, 0, 1) - 8 * 3_600_000);
    expect(yearsStartingIn(beijingNewYear(2025), beijingNewYear(2027))).toEqual({ first: 2025, last: 2026 });
    expect(yearsStartingIn(new Date('2025-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toEqual({ first: 2026, last: 2026 });
    expect(yearsStartingIn(new Date('2026-03-01T00:00:00Z'), new Date('2026-09-01T00:00:00Z'))).toBeNull();
    expect(
      reviewFigures(
        [{ status: 'CLOSED', count: 2 }, { status: 'OPEN', count: 1 }],
        [
          { frozen: true, grade: 'GOOD', count: 3 },
          { frozen: true, grade: 'POOR', count: 1 },
          { frozen: true, grade: null, count: 2 },
          { frozen: false, grade: null, count: 4 },
        ],
      ),
    ).toEqual({ rounds: 3, closed: 2, partiesReviewed: 10, good: 3, fairlyGood: 0, average: 0, poor: 1, ungraded: 2 });
  });
});
