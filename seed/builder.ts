import { Types } from 'mongoose';
import type { GraphModels } from '../subgraphs';
import type { MemberDoc, ServiceRecordDoc } from '../subgraphs/members/models';
import type { CommitteeSeatDoc, JointMeetingDoc, MeetingDecisionDoc, OrganizationDoc, ReviewPartyDoc, ReviewRoundDoc } from '../subgraphs/organizations/models';
import {
  criteriaOf,
  decideClose,
  decideFreeze,
  decideOpinion,
  decideReport,
  decideScore,
  initialPartyState,
  openRoundState,
  partyKey,
  resultOf,
  roundKey,
  roundYearKey,
  yearBounds,
  type Criterion,
  type Figures,
  type PartyEvent,
  type Rater,
} from '../subgraphs/organizations/domain/reviews';
import type { RaterKind, ReviewOpinion } from '../subgraphs/organizations/generated/resolvers';
import { conveneState, decisionKey, inviteesOn, meetingKey, recordedDecisionState, type Attendance } from '../subgraphs/organizations/domain/meetings';
import { entryId, type LedgerEntry } from '../platform/data/ledger';
import { territoryKeys } from '../platform/rules/territory';
import { pairKey } from '../subgraphs/resident-units/domain/agreements';
import type { AgreementDoc, EvaluationDoc, ResidentUnitDoc } from '../subgraphs/resident-units/models';
import { decideClaim, decideClaimTransition, type ClaimAction } from '../subgraphs/services/domain/claims';
import { deriveStatus, EMPTY_STATE, timings, visibleWithin } from '../subgraphs/services/domain/items';
import type { ActivityDoc, ClaimDoc, ClaimLockDoc, ClaimStatus, InvitationDoc, ItemDoc, ItemKind, ItemState, PartyRef, RequestDoc, SignUpDoc, WebhookDoc } from '../subgraphs/services/models';
import { decideCheckIn, decideSignUp, ORGANISED_STATE, type ActivityEvent } from '../subgraphs/services/domain/activities';
import { activityKey, signUpIdOf } from '../subgraphs/services/app/activities';
import { raisedState, type RequestCategory, type RequestEvent, type RequestState } from '../subgraphs/services/domain/requests/lifecycle';
import { projectionOf, requestKey } from '../subgraphs/services/app/request-ledger';
import { limitsKey } from '../subgraphs/services/app/time-limits';
import { decideTableChange, DEFAULT_TABLE_STATE, type CategoryLimits, type TableState } from '../subgraphs/services/domain/requests/time-limits';
import type { Outcome } from '../platform/rules/user-errors';

/**
 * Builds a territory in memory — organisations, units, members, needs,
 * offers, with their cross-subgraph references — then writes it in a few
 * bulk inserts. Tests and the demo data use the same builder:
 *
 *   const t = new TerritoryBuilder();
 *   const street = t.street('泉城路街道党工委');
 *   const community = t.community(street, '芙蓉街社区党委').withGrids(3);
 *   t.unit(community.org, { name: '芙蓉街小学', kind: 'SCHOOL' });
 *   await t.save(models);
 */
export class TerritoryBuilder {
  readonly organizations: OrganizationDoc[] = [];
  readonly units: ResidentUnitDoc[] = [];
  readonly members: MemberDoc[] = [];
  readonly items: ItemDoc[] = [];
  readonly itemLedger: LedgerEntry[] = [];
  readonly claims: ClaimDoc[] = [];
  readonly claimLocks: ClaimLockDoc[] = [];
  readonly agreements: AgreementDoc[] = [];
  readonly agreementLedger: LedgerEntry[] = [];
  readonly evaluations: EvaluationDoc[] = [];
  readonly seats: CommitteeSeatDoc[] = [];
  readonly invitations: InvitationDoc[] = [];
  readonly webhooks: WebhookDoc[] = [];
  readonly meetings: JointMeetingDoc[] = [];
  readonly meetingDecisions: MeetingDecisionDoc[] = [];
  readonly meetingLedger: LedgerEntry[] = [];
  readonly serviceRecords: ServiceRecordDoc[] = [];
  readonly requests: RequestDoc[] = [];
  readonly requestLedger: LedgerEntry[] = [];
  /** Streets' time-limit tables (时限规则表), every version, as setRequestTimeLimits records them. */
  readonly timeLimitLedger: LedgerEntry[] = [];
  private readonly tables = new Map<string, TableState>();
  readonly activities: ActivityDoc[] = [];
  readonly signUps: SignUpDoc[] = [];
  readonly activityLedger: LedgerEntry[] = [];
  readonly reviewRounds: ReviewRoundDoc[] = [];
  readonly reviewParties: ReviewPartyDoc[] = [];
  readonly reviewLedger: LedgerEntry[] = [];
  private codes = new Map<string, number>();

  organization(
    fields: Pick<OrganizationDoc, 'name' | 'kind'> & Partial<Pick<OrganizationDoc, 'territoryCode' | 'households'>>,
    parent?: OrganizationDoc,
  ): OrganizationDoc {
    const org: OrganizationDoc = {
      _id: new Types.ObjectId(),
      territoryCode: fields.territoryCode ?? this.childCode(parent),
      parentId: parent?._id ?? null,
      ancestorIds: parent ? [...parent.ancestorIds, parent._id] : [],
      households: null,
      ...fields,
    };
    this.organizations.push(org);
    return org;
  }

  /** A street working committee under a city and a district (created once, shared). */
  street(name: string): OrganizationDoc {
    const district =
      this.organizations.find((o) => o.kind === 'DISTRICT') ??
      this.organization(
        { name: '中共济南市历下区委员会', kind: 'DISTRICT', territoryCode: '370102' },
        this.organization({ name: '中共济南市委员会', kind: 'CITY', territoryCode: '370100' }),
      );
    return this.organization({ name, kind: 'STREET' }, district);
  }

  /** A community committee under a street, with helpers to add its grids. */
  community(street: OrganizationDoc, name: string, households = 3000) {
    const org = this.organization({ name, kind: 'COMMUNITY', households }, street);
    const grids: OrganizationDoc[] = [];
    const handle = {
      org,
      grids,
      withGrids: (count: number, householdsEach = 150) => {
        for (let i = 1; i <= count; i++) {
          grids.push(this.organization({ name: `${name.replace(/党委$/, '')}第${i}网格党支部`, kind: 'GRID', households: householdsEach }, org));
        }
        return handle;
      },
    };
    return handle;
  }

  /** A functional department or agency of a street (职能部门: 城管, 市场监管, 派出所, 房管…). */
  department(street: OrganizationDoc, name: string): OrganizationDoc {
    return this.organization({ name, kind: 'DEPARTMENT' }, street);
  }

  unit(
    community: OrganizationDoc,
    fields: Pick<ResidentUnitDoc, 'name' | 'kind'> &
      Partial<Omit<ResidentUnitDoc, '_id' | 'communityId' | 'streetId' | 'territoryPath'>>,
  ): ResidentUnitDoc {
    const unit: ResidentUnitDoc = {
      _id: new Types.ObjectId(),
      capabilities: [],
      creditCode: null,
      address: null,
      location: null,
      partyOrganizationId: null,
      contact: null,
      communityId: community._id,
      streetId: community.parentId!,
      territoryPath: [...community.ancestorIds, community._id],
      ...fields,
    };
    this.units.push(unit);
    return unit;
  }

  member(
    organization: OrganizationDoc,
    fields: Pick<MemberDoc, 'name'> & Partial<Omit<MemberDoc, '_id' | 'organizationId' | 'territoryPath'>>,
  ): MemberDoc {
    const member: MemberDoc = {
      _id: new Types.ObjectId(),
      category: 'DIRECT',
      organizationId: organization._id,
      territoryPath: [...organization.ancestorIds, organization._id],
      phone: null,
      idNumber: null,
      posts: [],
      centralHousehold: false,
      householdsContacted: null,
      reportsToId: null,
      reportedAt: null,
      employerId: null,
      ...fields,
    };
    const reported = member.reportsToId && this.organizations.find((o) => o._id.equals(member.reportsToId!));
    if (reported) member.reportsToPath = [...reported.ancestorIds, reported._id];
    this.members.push(member);
    return member;
  }

  need(
    postedBy: OrganizationDoc | ResidentUnitDoc,
    fields: Pick<ItemDoc, 'title' | 'category' | 'quantity' | 'unitOfMeasure'> & Partial<ItemDoc>,
  ): ItemDoc {
    return this.item('NEED', [postedBy], fields);
  }

  offer(
    provider: ResidentUnitDoc | OrganizationDoc,
    fields: Pick<ItemDoc, 'title' | 'category' | 'unitOfMeasure'> & { capacity: number } & Partial<ItemDoc>,
  ): ItemDoc {
    const { capacity, ...rest } = fields;
    return this.item('OFFER', [provider], { visibility: 'STREET', ...rest, quantity: capacity });
  }

  project(
    owners: (OrganizationDoc | ResidentUnitDoc)[],
    fields: Pick<ItemDoc, 'title' | 'category' | 'quantity' | 'unitOfMeasure'> & Partial<ItemDoc>,
  ): ItemDoc {
    return this.item('PROJECT', owners, { visibility: 'STREET', ...fields });
  }

  /** The street and community on a path, as publishing stamps them (see territoryKeys). */
  private territoryKeysOf(path: Types.ObjectId[]): { streetId: Types.ObjectId | null; communityId: Types.ObjectId | null } {
    const nodes = path.map((id) => this.organizations.find((o) => o._id.equals(id))).map((o) => (o ? { id: String(o._id), kind: o.kind } : null));
    const keys = territoryKeys(nodes);
    return { streetId: keys.streetId ? new Types.ObjectId(keys.streetId) : null, communityId: keys.communityId ? new Types.ObjectId(keys.communityId) : null };
  }

  /** An open (or, with `lifecycle`, draft…) item with its PUBLISH entry on the item's ledger. */
  private item(
    kind: ItemKind,
    ownerDocs: (OrganizationDoc | ResidentUnitDoc)[],
    fields: Pick<ItemDoc, 'title' | 'category' | 'quantity' | 'unitOfMeasure'> & Partial<ItemDoc>,
  ): ItemDoc {
    const owners: PartyRef[] = ownerDocs.map((doc) =>
      'kind' in doc && 'territoryPath' in doc && 'communityId' in doc
        ? { type: 'RESIDENT_UNIT', id: doc._id, path: doc.territoryPath }
        : { type: 'ORGANIZATION', id: doc._id, path: [...(doc as OrganizationDoc).ancestorIds, doc._id] },
    );
    const visibility = fields.visibility ?? 'COMMUNITY';
    const state: ItemState = { lifecycle: 'OPEN', ...EMPTY_STATE, ...fields.state };
    // Published now; an item whose deadline has passed, a week before it (its history has to fit before it).
    const deadline = fields.deadline?.getTime();
    const publishedAt = fields.createdAt ?? (deadline !== undefined && deadline <= Date.now() ? new Date(deadline - 7 * 86_400_000) : new Date());
    const item: ItemDoc = {
      _id: new Types.ObjectId(),
      kind,
      description: null,
      urgency: 'NORMAL',
      deadline: null,
      window: null,
      location: null,
      smallWish: false,
      contact: null,
      goals: [],
      budget: null,
      milestones: [],
      owners,
      ownerIds: owners.map((o) => o.id),
      territoryPath: owners[0].path,
      ...this.territoryKeysOf(owners[0].path),
      visibleWithin: visibleWithin(owners[0].path, visibility),
      seq: 1,
      createdAt: publishedAt,
      ...fields,
      visibility,
      state,
      status: deriveStatus(state, fields.quantity),
    };
    this.items.push(item);
    this.itemLedger.push({
      _id: entryId(`item:${String(item._id)}`, 1),
      key: `item:${String(item._id)}`,
      seq: 1,
      action: 'PUBLISH',
      actor: 'seed',
      at: item.createdAt ?? publishedAt,
      data: { from: null, to: item.status, state },
    });
    return item;
  }

  /**
   * A claim on an item, taken through its steps on the item's ledger as the
   * mutations would: CLAIM, then ACCEPT, DELIVER, EVALUATE up to `status`.
   */
  claim(
    item: ItemDoc,
    claimant: { type: ClaimDoc['claimant']['type']; id: Types.ObjectId },
    quantity: number,
    status: ClaimStatus = 'PENDING',
    // Now; on an item whose deadline has passed, just before it (when such a claim must have been made).
    at: Date = item.deadline && item.deadline.getTime() <= Date.now() ? new Date(item.deadline.getTime() - 60_000) : new Date(),
  ): ClaimDoc {
    const steps: [ClaimAction, ClaimStatus][] = [['CLAIM', 'PENDING'], ['ACCEPT', 'ACCEPTED'], ['DELIVER', 'DELIVERED'], ['EVALUATE', 'EVALUATED']];
    const last = ['PENDING', 'ACCEPTED', 'DELIVERED', 'EVALUATED'].indexOf(status);
    if (last < 0) throw new Error(`The builder makes claims up to EVALUATED, not ${status}`);
    const claim: ClaimDoc = {
      _id: new Types.ObjectId(),
      itemId: item._id,
      itemKind: item.kind,
      territoryPath: item.territoryPath,
      claimant,
      quantity,
      status,
      note: null,
      contact: null,
      rejectionReason: null,
      deliveryNote: status === 'DELIVERED' || status === 'EVALUATED' ? '已按约完成' : null,
      score: status === 'EVALUATED' ? 5 : null,
      evaluation: null,
      // Delivered: when and in what, as deliverClaim records them (they count towards the claimant's agreements).
      ...(status === 'DELIVERED' || status === 'EVALUATED' ? { deliveredAt: at, unitOfMeasure: item.unitOfMeasure } : {}),
      createdAt: at,
      updatedAt: at,
    };
    const key = `item:${String(item._id)}`;
    let from: ClaimStatus | null = null;
    let previous = 0; // the claim's previous step on the ledger (see LedgerEntry.follows)
    for (const [action, to] of steps.slice(0, last + 1)) {
      // Each step decided by the same rules as the graph's own (domain/claims.ts), on the item as it stands.
      const decided =
        action === 'CLAIM'
          ? decideClaim(item, item.state, String(claim._id), quantity, at)
          : decideClaimTransition(action, item.state, { id: String(claim._id), status: from!, quantity }, null);
      if (!decided.ok) throw new Error(`The claim on ${item.title} cannot ${action.toLowerCase()}: ${decided.errors.map((e) => e.message).join('; ')}`);
      const { state } = decided.value.data;
      item.state = state;
      item.status = deriveStatus(state, item.quantity);
      Object.assign(item, timings(item, { action, at }, item.status));
      item.seq += 1;
      const follows = `${String(claim._id)}@${previous}`;
      this.itemLedger.push({ _id: entryId(key, item.seq), key, seq: item.seq, action, actor: 'seed', at, follows, data: { claimId: String(claim._id), from, to, quantity, state } });
      from = to;
      previous = item.seq;
    }
    claim.seq = item.seq;
    this.claims.push(claim);
    this.claimLocks.push({ _id: `${String(item._id)}:${String(claimant.id)}`, claimId: claim._id });
    return claim;
  }

  /**
   * An agreement between a unit and its community (or street). An ACTIVE one
   * is also written to the pair's ledger, signed by both sides, exactly as
   * signAgreement would have: the ledger is what later decisions read.
   */
  agreement(
    unit: ResidentUnitDoc,
    partner: OrganizationDoc,
    fields: Pick<AgreementDoc, 'startsOn' | 'expiresOn'> & Partial<Omit<AgreementDoc, '_id' | 'unitId' | 'partnerId' | 'territoryPath'>>,
  ): AgreementDoc {
    const agreement: AgreementDoc = {
      _id: new Types.ObjectId(),
      unitId: unit._id,
      partnerId: partner._id,
      territoryPath: [...partner.ancestorIds, partner._id],
      commitments: [{ kind: 'VOLUNTEER_HOURS', description: '党员志愿服务', amount: 100 }],
      status: 'DRAFT',
      unitSignedAt: null,
      partnerSignedAt: null,
      terminationReason: null,
      renewalOfId: null,
      ...fields,
    };
    this.agreements.push(agreement);
    if (agreement.status === 'ACTIVE') {
      const key = pairKey(unit._id, partner._id);
      const seq = this.agreementLedger.filter((e) => e.key === key).length;
      const agreementId = String(agreement._id);
      const at = agreement.startsOn;
      agreement.unitSignedAt = agreement.partnerSignedAt = at;
      this.agreementLedger.push(
        { _id: entryId(key, seq + 1), key, seq: seq + 1, action: 'SIGN', actor: 'seed', at, data: { agreementId, side: 'UNIT' } },
        {
          _id: entryId(key, seq + 2),
          key,
          seq: seq + 2,
          action: 'ACTIVATE',
          actor: 'seed',
          at,
          data: { agreementId, side: 'PARTNER', startsOn: agreement.startsOn.toISOString(), expiresOn: agreement.expiresOn.toISOString() },
        },
      );
    }
    return agreement;
  }

  evaluation(unit: ResidentUnitDoc, community: OrganizationDoc, fields: Pick<EvaluationDoc, 'year' | 'score'> & Partial<EvaluationDoc>) {
    const evaluation: EvaluationDoc = {
      _id: new Types.ObjectId(),
      unitId: unit._id,
      communityId: community._id,
      comment: null,
      evaluatedBy: 'seed',
      createdAt: new Date(Date.UTC(fields.year + 1, 0, 15)),
      ...fields,
    };
    this.evaluations.push(evaluation);
    return evaluation;
  }

  /** A seat on an organisation's committee (大党委); part-time when it names the unit the member leads. */
  seat(
    organization: OrganizationDoc,
    member: MemberDoc,
    fields: Partial<Omit<CommitteeSeatDoc, '_id' | 'organizationId' | 'memberId'>> = {},
  ): CommitteeSeatDoc {
    const seat: CommitteeSeatDoc = {
      _id: new Types.ObjectId(),
      organizationId: organization._id,
      memberId: member._id,
      role: 'MEMBER',
      partTime: !!fields.unitId,
      unitId: null,
      termStart: new Date(Date.UTC(2024, 0, 1)),
      termEnd: new Date(Date.UTC(2028, 11, 31)),
      ...fields,
    };
    this.seats.push(seat);
    return seat;
  }

  /**
   * A joint meeting (联席会议) of the organisation's committee, convened with the seats built so far that
   * are held on its day; held (with everyone present unless `absent` names seats) unless told otherwise.
   * Its ledger holds one entry with the state the document shows, as the commands would leave it.
   */
  jointMeeting(
    organization: OrganizationDoc,
    fields: { title: string; scheduledAt: Date; status?: JointMeetingDoc['status']; absent?: CommitteeSeatDoc[]; minutes?: string },
  ): JointMeetingDoc {
    const status = fields.status ?? 'HELD';
    const invitees = inviteesOn(this.seats.filter((s) => s.organizationId.equals(organization._id)), fields.scheduledAt);
    const attendance: Record<string, Attendance> = {};
    if (status === 'HELD') {
      for (const i of invitees) {
        const away = fields.absent?.some((s) => String(s._id) === i.seatId);
        attendance[i.seatId] = { attended: !away, absenceReason: away ? '外出学习' : null };
      }
    }
    const state = {
      ...conveneState(),
      status,
      attendance,
      minutes: status === 'HELD' ? (fields.minutes ?? '会议研究了辖区共建工作。') : null,
      heldAt: status === 'HELD' ? fields.scheduledAt.toISOString() : null,
      cancelReason: status === 'CANCELLED' ? '时间冲突' : null,
    };
    const meeting: JointMeetingDoc = {
      // Convened on the day it was held (or now, for one to come): lists of meetings are newest convened first,
      // by `_id`, and a meeting the seed places last quarter must sort before one a test convenes today.
      _id: objectIdAt(new Date(Math.min(fields.scheduledAt.getTime(), Date.now()))),
      organizationId: organization._id,
      title: fields.title,
      scheduledAt: fields.scheduledAt,
      place: '社区党群服务中心',
      agenda: ['辖区共建工作'],
      invitees,
      status,
      attendance,
      presentCount: Object.values(attendance).filter((a) => a.attended).length,
      invitedCount: invitees.length,
      minutes: state.minutes,
      heldAt: state.heldAt ? new Date(state.heldAt) : null,
      cancelReason: state.cancelReason,
      convenedBy: 'seed',
      seq: 1,
      createdAt: fields.scheduledAt,
    };
    const key = meetingKey(meeting._id);
    this.meetingLedger.push({ _id: entryId(key, 1), key, seq: 1, action: 'CONVENE', actor: 'seed', at: fields.scheduledAt, data: { state } });
    this.meetings.push(meeting);
    return meeting;
  }

  /** A decision of a held meeting (owned by the meeting's organisation unless told), open unless told otherwise. */
  meetingDecision(
    meeting: JointMeetingDoc,
    fields: Pick<MeetingDecisionDoc, 'text' | 'dueOn'> & Partial<Pick<MeetingDecisionDoc, 'kind' | 'owner' | 'status' | 'closedAt'>>,
  ): MeetingDecisionDoc {
    const status = fields.status ?? 'OPEN';
    const closedAt = status === 'OPEN' ? null : (fields.closedAt ?? fields.dueOn);
    const followUps = status === 'OPEN' ? [] : [{ note: status === 'DONE' ? '已完成' : '情况变化,撤销', status, at: closedAt!.toISOString(), by: 'seed' }];
    const decision: MeetingDecisionDoc = {
      // Recorded at its meeting: a decision the seed places in the past sorts before one a test records
      // today (ObjectIds of two processes within one second order by their random bytes).
      _id: objectIdAt(new Date(Math.min(meeting.scheduledAt.getTime(), Date.now()))),
      meetingId: meeting._id,
      organizationId: meeting.organizationId,
      meetingScheduledAt: meeting.scheduledAt,
      kind: 'TASK',
      owner: { type: 'ORGANIZATION', id: String(meeting.organizationId) },
      recordedAt: meeting.scheduledAt,
      followUps,
      seq: 1,
      ...fields,
      status,
      closedAt,
    };
    const key = decisionKey(decision._id);
    const state = { ...recordedDecisionState(), status, followUps, closedAt: closedAt?.toISOString() ?? null };
    this.meetingLedger.push({ _id: entryId(key, 1), key, seq: 1, action: 'RECORD', actor: 'seed', at: meeting.scheduledAt, data: { state } });
    this.meetingDecisions.push(decision);
    return decision;
  }

  /** Hours a member served, confirmed unless told otherwise. */
  service(member: MemberDoc, fields: Pick<ServiceRecordDoc, 'hours' | 'servedOn'> & Partial<ServiceRecordDoc>): ServiceRecordDoc {
    const record: ServiceRecordDoc = {
      _id: new Types.ObjectId(),
      memberId: member._id,
      territoryPath: member.territoryPath,
      employerId: member.employerId ?? null,
      memberCategory: member.category,
      year: fields.servedOn.getUTCFullYear(),
      description: '志愿服务',
      needId: null,
      projectId: null,
      recordedBy: 'seed',
      confirmedBy: 'seed',
      confirmedAt: fields.servedOn,
      ...fields,
    };
    this.serviceRecords.push(record);
    return record;
  }

  /** An invitation (派单) of a unit's offer to a need, as a committee would send it. */
  invitation(need: ItemDoc, offer: ItemDoc, quantity: number): InvitationDoc {
    const at = new Date();
    const invitation: InvitationDoc = {
      _id: new Types.ObjectId(),
      needId: need._id,
      offerId: offer._id,
      unitId: offer.owners[0].id,
      quantity,
      status: 'SENT',
      note: null,
      declineReason: null,
      claimId: null,
      sentBy: 'seed',
      createdAt: at,
      updatedAt: at,
    };
    this.invitations.push(invitation);
    return invitation;
  }

  /** A street's webhook (推送), as registerWebhook would keep it; every kind unless told. */
  webhook(street: OrganizationDoc, url: string, fields: Partial<WebhookDoc> = {}): WebhookDoc {
    const webhook: WebhookDoc = {
      _id: new Types.ObjectId(),
      streetId: street._id,
      url,
      events: [],
      secret: `whsec_seed${String(this.webhooks.length).padStart(38, '0')}`,
      active: true,
      createdBy: 'seed',
      createdAt: new Date(),
      removedAt: null,
      ...fields,
    };
    this.webhooks.push(webhook);
    return webhook;
  }

  /**
   * A co-building activity (共建活动) organised by a street or community organisation or a unit, with
   * its ORGANISE entry on the activity's ledger; organised a week before it starts unless told.
   */
  activity(
    organiser: OrganizationDoc | ResidentUnitDoc,
    fields: Pick<ActivityDoc, 'title' | 'startsAt' | 'endsAt' | 'capacity'> & Partial<Omit<ActivityDoc, 'state' | 'status' | 'seq'>>,
  ): ActivityDoc {
    const isUnit = 'communityId' in organiser && 'territoryPath' in organiser;
    const path = isUnit ? (organiser as ResidentUnitDoc).territoryPath : [...(organiser as OrganizationDoc).ancestorIds, organiser._id];
    const party: PartyRef = { type: isUnit ? 'RESIDENT_UNIT' : 'ORGANIZATION', id: organiser._id, path };
    const createdAt = fields.createdAt ?? new Date(Math.min(Date.now(), fields.startsAt.getTime() - 7 * 86_400_000));
    const activity: ActivityDoc = {
      _id: new Types.ObjectId(),
      description: null,
      category: 'VOLUNTEERS',
      place: '社区党群服务中心',
      organiser: party,
      organiserId: organiser._id,
      territoryPath: path,
      ...this.territoryKeysOf(path),
      visibleWithin: path.at(-1)!,
      itemId: null,
      itemKind: null,
      agreementId: null,
      cancellationReason: null,
      createdAt,
      ...fields,
      state: { ...ORGANISED_STATE },
      status: 'PLANNED',
      seq: 1,
    };
    const key = activityKey(activity._id);
    this.activities.push(activity);
    this.activityLedger.push({ _id: entryId(key, 1), key, seq: 1, action: 'ORGANISE', actor: 'seed', at: createdAt, data: { from: null, to: 'PLANNED', quantity: activity.capacity, state: activity.state } });
    return activity;
  }

  /**
   * A member's (or a unit's) sign-up for an activity, signed up a day before it starts (or `at`):
   * decided by the same rules as the graph's own (domain/activities.ts) and recorded on the activity's
   * ledger, as signUpForActivity would.
   */
  signUp(activity: ActivityDoc, participant: MemberDoc | ResidentUnitDoc, options: { places?: number; at?: Date } = {}): SignUpDoc {
    const type = 'category' in participant ? 'MEMBER' : 'RESIDENT_UNIT';
    const places = options.places ?? 1;
    const at = options.at ?? new Date(activity.startsAt.getTime() - 86_400_000);
    const id = String(signUpIdOf(activity._id, { type, id: participant._id }));
    const carried = { participant: { type, id: String(participant._id) }, participantPath: participant.territoryPath.map(String), signedUpAt: at };
    this.recordActivityStep(activity, decideSignUp(activity, activity.state, { id, status: null, places }, places, at), at, carried);
    const signUp: SignUpDoc = {
      _id: new Types.ObjectId(id),
      activityId: activity._id,
      territoryPath: activity.territoryPath,
      participant: { type, id: participant._id },
      participantPath: participant.territoryPath,
      places,
      status: 'SIGNED_UP',
      signedUpAt: at,
      seq: activity.seq,
      createdAt: at,
      updatedAt: at,
    };
    this.signUps.push(signUp);
    return signUp;
  }

  /**
   * The organiser's check-in of a sign-up, at the activity's end (or `at`), as checkInAttendance
   * would: on the activity's ledger, and for a member the hours on their record too, confirmed, as
   * the members subgraph's recordActivityHours writes them.
   */
  checkIn(activity: ActivityDoc, signUp: SignUpDoc, attendance: { hours: number; people?: number; at?: Date }): SignUpDoc {
    const at = attendance.at ?? activity.endsAt;
    const type = signUp.participant.type;
    const view = { id: String(signUp._id), status: signUp.status, places: signUp.places, hours: signUp.hours, people: signUp.people };
    const carried = { participant: { type, id: String(signUp.participant.id) }, participantPath: signUp.participantPath.map(String), signedUpAt: signUp.signedUpAt };
    this.recordActivityStep(activity, decideCheckIn(activity, activity.state, view, type, attendance, at), at, carried);
    Object.assign(signUp, {
      status: 'ATTENDED',
      hours: attendance.hours,
      people: attendance.people ?? signUp.places,
      checkedInAt: at,
      checkedInBy: 'seed',
      hoursRecorded: type === 'MEMBER' ? true : null,
      seq: activity.seq,
      updatedAt: at,
    });
    const member = type === 'MEMBER' && this.members.find((m) => m._id.equals(signUp.participant.id));
    if (member) this.service(member, { hours: attendance.hours, servedOn: activity.startsAt, description: activity.title, activityId: activity._id, confirmedAt: at });
    return signUp;
  }

  /** An activity's step as the graph would record it: the state after it on the activity and the ledger. */
  private recordActivityStep(activity: ActivityDoc, decided: Outcome<ActivityEvent | null>, at: Date, carried: Record<string, unknown>) {
    if (!decided.ok || !decided.value) {
      throw new Error(`${activity.title}: the step was refused: ${decided.ok ? 'nothing to do' : decided.errors.map((e) => e.code).join(', ')}`);
    }
    activity.state = decided.value.data.state;
    activity.status = activity.state.lifecycle;
    activity.seq += 1;
    const key = activityKey(activity._id);
    this.activityLedger.push({ _id: entryId(key, activity.seq), key, seq: activity.seq, action: decided.value.action, actor: 'seed', at, data: { ...carried, ...decided.value.data } });
  }

  /**
   * An annual review (述职评议) of the organisation's committee, open: its criteria (the default set unless
   * given), its parties (units, or units' Party organisations) and its raters as openReviewRound keeps them.
   * Reports, scores, opinions and the close are steps of their own (reviewReport, reviewScore, reviewOpinion,
   * closeReview), each decided by the same rules as the graph's (domain/reviews.ts) and on the same ledgers.
   */
  reviewRound(
    organization: OrganizationDoc,
    fields: { year: number; parties: (ResidentUnitDoc | OrganizationDoc)[]; raters: { member: MemberDoc; kind: RaterKind }[]; criteria?: Criterion[]; openedAt?: Date },
  ): { round: ReviewRoundDoc; parties: ReviewPartyDoc[] } {
    const at = fields.openedAt ?? new Date();
    const raters: Rater[] = fields.raters.map(({ member, kind }) => {
      const seat = this.seats.find((s) => s.organizationId.equals(organization._id) && s.memberId.equals(member._id));
      return {
        memberId: String(member._id),
        kind,
        employerId: member.employerId ? String(member.employerId) : null,
        organizationId: String(member.organizationId),
        seatUnitId: kind === 'COMMITTEE_MEMBER' && seat?.unitId ? String(seat.unitId) : null,
      };
    });
    const state = openRoundState(raters);
    const round: ReviewRoundDoc = {
      _id: objectIdAt(at),
      organizationId: organization._id,
      year: fields.year,
      title: `${fields.year}年度述职评议`,
      criteria: criteriaOf({ criteria: fields.criteria }),
      raters,
      status: state.status,
      openedBy: 'seed',
      openedAt: at,
      closedAt: null,
      seq: 1,
    };
    this.reviewRounds.push(round);
    this.reviewLedger.push({ _id: entryId(roundKey(round._id), 1), key: roundKey(round._id), seq: 1, action: 'OPEN', actor: 'seed', at, data: { state } });
    const parties = fields.parties.map((party) => {
      const doc: ReviewPartyDoc = {
        _id: new Types.ObjectId(),
        roundId: round._id,
        organizationId: organization._id,
        year: fields.year,
        type: 'kind' in party && 'territoryCode' in party ? 'PARTY_BRANCH' : 'RESIDENT_UNIT',
        partyId: party._id,
        state: initialPartyState(),
        weightedScore: null,
        grade: null,
        frozen: false,
        seq: 1,
      };
      this.reviewLedger.push({ _id: entryId(partyKey(doc._id), 1), key: partyKey(doc._id), seq: 1, action: 'OPEN', actor: 'seed', at, data: { state: doc.state } });
      this.reviewParties.push(doc);
      return doc;
    });
    return { round, parties };
  }

  /** A party's report, with the figures of its year as the subgraphs would count them from what is built. */
  reviewReport(party: ReviewPartyDoc, narrative: string, at = new Date()): void {
    this.reviewStep(party, (state) => decideReport(state, narrative, this.reviewFigures(party), at), at);
  }

  /** A rater's scores of a party, one a criterion in the round's order. */
  reviewScore(party: ReviewPartyDoc, rater: MemberDoc, scores: number[], at = new Date()): void {
    const round = this.roundOf(party);
    const who = round.raters.find((r) => r.memberId === String(rater._id));
    if (!who) throw new Error(`${rater.name} is not a rater of ${round.title}`);
    const ref = { type: party.type, id: String(party.partyId) };
    this.reviewStep(party, (state) => decideScore(state, who, ref, round.criteria, round.criteria.map((c, i) => ({ criterion: c.name, score: scores[i] })), at), at);
  }

  reviewOpinion(party: ReviewPartyDoc, opinion: ReviewOpinion, reason: string | null = null, at = new Date()): void {
    this.reviewStep(party, (state) => decideOpinion(state, opinion, reason), at);
  }

  /** Closes a round as closeReviewRound does: each party frozen (with its figures if it never reported), then the round. */
  closeReview(round: ReviewRoundDoc, at = new Date()): void {
    for (const party of this.reviewParties.filter((p) => p.roundId.equals(round._id))) {
      this.reviewStep(party, (state) => decideFreeze(state, this.reviewFigures(party), at)!, at);
    }
    const key = roundKey(round._id);
    const closing = { status: 'CLOSING' as const, closedAt: null, raters: round.raters };
    const closed = decideClose(closing, at);
    if (!closed.ok) throw new Error(`${round.title} cannot close`);
    this.reviewLedger.push({ _id: entryId(key, 2), key, seq: 2, action: 'CLOSING', actor: 'seed', at, data: { state: closing } });
    this.reviewLedger.push({ _id: entryId(key, 3), key, seq: 3, action: 'CLOSE', actor: 'seed', at, data: closed.value.data });
    Object.assign(round, { status: 'CLOSED', closedAt: at, seq: 3 });
  }

  private roundOf(party: ReviewPartyDoc): ReviewRoundDoc {
    return this.reviewRounds.find((r) => r._id.equals(party.roundId))!;
  }

  private reviewStep(party: ReviewPartyDoc, decide: (state: ReviewPartyDoc['state']) => Outcome<PartyEvent>, at: Date): void {
    const decided = decide(party.state);
    if (!decided.ok) throw new Error(`The review step was refused: ${decided.errors.map((e) => e.code).join(', ')}`);
    const { state } = decided.value.data;
    const result = state.frozen ? resultOf(this.roundOf(party).criteria, state.scores) : null;
    party.seq += 1;
    Object.assign(party, { state, frozen: state.frozen, weightedScore: result?.weightedScore ?? null, grade: result?.grade ?? null });
    const key = partyKey(party._id);
    this.reviewLedger.push({ _id: entryId(key, party.seq), key, seq: party.seq, action: decided.value.action, actor: 'seed', at, data: decided.value.data });
  }

  /** A party's figures for its round's year, counted from what is built as the ReviewRecord resolvers count them. */
  private reviewFigures(party: ReviewPartyDoc): Figures {
    const { start, end } = yearBounds(party.year);
    const inYear = (at: Date | null | undefined) => !!at && at >= start && at < end;
    const id = party.partyId;
    const community = party.organizationId;
    const unit = party.type === 'RESIDENT_UNIT';
    const reported = this.members.filter(
      (m) => (unit ? m.employerId?.equals(id) : m.organizationId.equals(id)) && !!m.reportsToPath?.some((o) => o.equals(community)),
    );
    const hours = this.serviceRecords
      .filter((r) => r.year === party.year && r.confirmedAt && reported.some((m) => m._id.equals(r.memberId)))
      .reduce((sum, r) => sum + r.hours, 0);
    return {
      claimsDelivered: unit ? this.claims.filter((c) => c.claimant.id.equals(id) && ['DELIVERED', 'EVALUATED'].includes(c.status) && inYear(c.createdAt)).length : null,
      activitiesOrganised: unit ? this.activities.filter((a) => a.organiserId.equals(id) && a.status === 'HELD' && inYear(a.startsAt)).length : null,
      activitiesAttended: unit ? this.signUps.filter((s) => s.participant.id.equals(id) && s.status === 'ATTENDED' && inYear(s.checkedInAt)).length : null,
      membersReported: reported.length,
      volunteerHours: hours,
      // Not counted here: services counts commitments from the deliveries at read time (domain/commitments.ts),
      // and a seeded report leaves the share open, as one whose unit promised nothing.
      commitmentsMet: null,
    };
  }

  /** Writes everything built so far, validated by the models, in bulk. */
  /**
   * A resident's request in a grid, raised at `receivedAt` and taken through
   * `steps` — the lifecycle's own decisions (domain/requests/lifecycle.ts),
   * each recorded on the request's ledger as the mutations would.
   */
  request(
    grid: OrganizationDoc,
    fields: { category: RequestCategory; receivedAt?: Date; raisedBy?: string } & Partial<Omit<RequestDoc, 'state'>>,
    steps: ((state: RequestState) => Outcome<RequestEvent>)[] = [],
  ): RequestDoc {
    const receivedAt = fields.receivedAt ?? new Date();
    const path = [...grid.ancestorIds, grid._id];
    const street = this.organizations.find((o) => o.kind === 'STREET' && path.some((id) => id.equals(o._id)));
    const _id = new Types.ObjectId();
    const key = requestKey(_id);
    // By the street's table as it is when the request is built (the default one if it has none).
    const table = (street && this.tables.get(String(street._id))) || DEFAULT_TABLE_STATE;
    let state = raisedState(fields.category, receivedAt, undefined, table.limits[fields.category]);
    this.requestLedger.push({ _id: entryId(key, 1), key, seq: 1, action: 'RAISE', actor: fields.raisedBy ?? 'seed', at: receivedAt, data: { from: null, to: state.status, state } });
    steps.forEach((decide, i) => {
      const outcome = decide(state);
      if (!outcome.ok) throw new Error(`Request step ${i + 1} refused: ${outcome.errors.map((e) => e.code).join(', ')}`);
      state = outcome.value.data.state;
      this.requestLedger.push({ _id: entryId(key, i + 2), key, seq: i + 2, action: outcome.value.action, actor: 'seed', at: receivedAt, data: outcome.value.data });
    });
    const request = {
      _id,
      channel: 'GRID_WORKER',
      description: '楼道灯坏了,晚上看不清台阶',
      address: null,
      gridId: grid._id,
      territoryPath: path,
      streetId: street?._id ?? null,
      resident: null,
      raisedBy: 'seed',
      receivedAt,
      ...fields,
      ...projectionOf(state),
      seq: steps.length + 1,
    } as RequestDoc;
    this.requests.push(request);
    return request;
  }

  /**
   * A new version of a street's time-limit table (时限规则表), decided as setRequestTimeLimits does;
   * requests built after it run by it.
   */
  timeLimits(street: OrganizationDoc, rows: ({ category: RequestCategory } & CategoryLimits)[], note: string | null = null, at = new Date()): TableState {
    const current = this.tables.get(String(street._id)) ?? DEFAULT_TABLE_STATE;
    const outcome = decideTableChange(current, rows, note);
    if (!outcome.ok) throw new Error(`Time limits refused: ${outcome.errors.map((e) => e.code).join(', ')}`);
    const key = limitsKey(street._id);
    const { state } = outcome.value.data;
    this.timeLimitLedger.push({ _id: entryId(key, state.version), key, seq: state.version, action: outcome.value.action, actor: 'seed', at, data: outcome.value.data });
    this.tables.set(String(street._id), state);
    return state;
  }

  async save(models: GraphModels): Promise<void> {
    await Promise.all([
      insertAll(models.organizations.Organization, this.organizations),
      insertAll(models.residentUnits.ResidentUnit, this.units),
      insertAll(
        models.residentUnits.CreditCode,
        this.units.filter((u) => u.creditCode).map((u) => ({ _id: u.creditCode!, unitId: u._id })),
      ),
      insertAll(models.residentUnits.Agreement, this.agreements),
      insertAll(models.residentUnits.AgreementLedger, this.agreementLedger),
      insertAll(models.residentUnits.Evaluation, this.evaluations),
      insertAll(models.members.Member, this.members),
      insertAll(models.members.ServiceRecord, this.serviceRecords),
      insertAll(models.organizations.CommitteeSeat, this.seats),
      insertAll(models.organizations.JointMeeting, this.meetings),
      insertAll(models.organizations.MeetingDecision, this.meetingDecisions),
      insertAll(models.organizations.MeetingLedger, this.meetingLedger),
      insertAll(models.services.Item, this.items),
      insertAll(models.services.ItemLedger, this.itemLedger),
      insertAll(models.services.Claim, this.claims),
      insertAll(models.services.ClaimLock, this.claimLocks),
      insertAll(models.services.Invitation, this.invitations),
      insertAll(models.services.Webhook, this.webhooks),
      insertAll(models.services.Request, this.requests),
      insertAll(models.services.RequestLedger, this.requestLedger),
      insertAll(models.services.TimeLimitLedger, this.timeLimitLedger),
      insertAll(models.services.Activity, this.activities),
      insertAll(models.services.SignUp, this.signUps),
      insertAll(models.services.ActivityLedger, this.activityLedger),
      insertAll(models.organizations.ReviewRound, this.reviewRounds),
      insertAll(models.organizations.ReviewParty, this.reviewParties),
      insertAll(models.organizations.ReviewLedger, this.reviewLedger),
      // One key per committee and year, as openReviewRound claims it (a test may build more rounds of one year: the first holds it).
      insertAll(models.organizations.ReviewRoundKey, [
        ...new Map(this.reviewRounds.map((r) => [roundYearKey(r.organizationId, r.year), { _id: roundYearKey(r.organizationId, r.year), holderId: r._id, at: r.openedAt }] as const).reverse()).values(),
      ]),
    ]);
  }

  /** Territory codes follow the national scheme: district 6 digits, street 9, community 12, then 3 more a level. */
  private childCode(parent: OrganizationDoc | undefined): string {
    if (!parent) return '370000';
    const n = (this.codes.get(parent.territoryCode) ?? 0) + 1;
    this.codes.set(parent.territoryCode, n);
    return `${parent.territoryCode}${String(n).padStart(3, '0')}`;
  }
}

async function insertAll<T>(model: { insertMany(docs: T[], opts: object): Promise<unknown> }, docs: T[]) {
  // Chunks keep each insert message well under the wire limit.
  for (let i = 0; i < docs.length; i += 1000) {
    await model.insertMany(docs.slice(i, i + 1000), { ordered: true });
  }
}

/** A fresh ObjectId whose time is `at` (the rest of it as random as any), for documents built as if made then. */
function objectIdAt(at: Date): Types.ObjectId {
  const bytes = Buffer.from(new Types.ObjectId().id);
  bytes.writeUInt32BE(Math.floor(at.getTime() / 1000), 0);
  return new Types.ObjectId(bytes);
}
