import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { modelOn } from '../../platform/data/models';
import { ledgerModel, type LedgerEntry } from '../../platform/data/ledger';
import { uniqueKeyModel, type UniqueKeyDoc } from '../../platform/data/unique-keys';
import { DecisionKind, DecisionOwnerType, DecisionStatus, GradingLevel, MeetingStatus, OrganizationKind, SeatRole } from './generated/resolvers';
import type { Attendance, FollowUp, Invitee } from './domain/meetings';
import type { Criterion, PartyState, Rater, RoundStatus } from './domain/reviews';
import type { ReviewGrade, ReviewPartyType } from './generated/resolvers';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = Object.values(OrganizationKind);
export type { OrganizationKind };

/**
 * 党组织. The tree is stored with an ancestors array (root first) so that a
 * whole subtree is one indexed query — `{ ancestorIds: X }` — with no
 * recursion and no $graphLookup (which FerretDB v1 lacks).
 */
export const GRADING_LEVELS: readonly GradingLevel[] = Object.values(GradingLevel);
export type { GradingLevel };
export interface Grading {
  year: number;
  level: GradingLevel;
  gradedAt: Date;
}

export interface OrganizationDoc {
  _id: Types.ObjectId;
  name: string;
  kind: OrganizationKind;
  territoryCode: string;
  parentId: Types.ObjectId | null;
  ancestorIds: Types.ObjectId[];
  households?: number | null;
  buildings?: number | null;
  /** Every yearly grading (分类定级), newest first; the first is copied to `grading` for filtering. */
  gradings?: Grading[];
  grading?: Grading | null;
  createdAt?: Date;
  updatedAt?: Date;
}

export const SEAT_ROLES: readonly SeatRole[] = Object.values(SeatRole);
export type { SeatRole };

/** 委员席位. The member (members subgraph) and the unit (resident-units subgraph) are kept by id. */
export interface CommitteeSeatDoc {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  memberId: Types.ObjectId;
  role: SeatRole;
  partTime: boolean;
  unitId?: Types.ObjectId | null;
  termStart: Date;
  termEnd?: Date | null;
  createdAt?: Date;
  updatedAt?: Date;
}

const gradingSchema = new Schema<Grading>(
  { year: Number, level: { type: String, enum: GRADING_LEVELS }, gradedAt: Date },
  { _id: false },
);

const organizationSchema = new Schema<OrganizationDoc>(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    territoryCode: { type: String, required: true, match: /^\d{6,24}$/ },
    parentId: { type: Schema.Types.ObjectId, default: null },
    ancestorIds: { type: [Schema.Types.ObjectId], default: [] },
    households: { type: Number, min: 0 },
    buildings: { type: Number, min: 0 },
    gradings: { type: [gradingSchema], default: [] },
    grading: { type: gradingSchema, default: null },
  },
  { timestamps: true, collection: 'organizations' },
);
// children(): one parent's page in _id order.
organizationSchema.index({ parentId: 1, _id: 1 });
// organizations(within, kind): a subtree, optionally of one kind.
organizationSchema.index({ ancestorIds: 1, kind: 1, _id: 1 });
organizationSchema.index({ kind: 1, _id: 1 });
// Territory codes are unique; organisations of a territory are a prefix range of them.
organizationSchema.index({ territoryCode: 1 }, { unique: true });
organizationSchema.index({ 'grading.level': 1, _id: 1 });

const seatSchema = new Schema<CommitteeSeatDoc>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    memberId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, enum: SEAT_ROLES, required: true },
    partTime: { type: Boolean, required: true },
    unitId: { type: Schema.Types.ObjectId, default: null },
    termStart: { type: Date, required: true },
    termEnd: { type: Date, default: null },
  },
  { timestamps: true, collection: 'committeeSeats' },
);
seatSchema.index({ organizationId: 1, termStart: 1 });
seatSchema.index({ memberId: 1 });

/**
 * 联席会议. A projection of its ledger (`meetingLedger`, key `meeting:<id>`): the invitees are the seats
 * held on the day it was convened, kept as they were; the rest is the state of its last entry (`seq`).
 */
export interface JointMeetingDoc {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  title: string;
  scheduledAt: Date;
  place: string;
  agenda: string[];
  invitees: Invitee[];
  status: MeetingStatus;
  attendance: Record<string, Attendance>;
  /** Seats present and seats invited, for the statistics' attendance rate (one `$sum` each). */
  presentCount: number;
  invitedCount: number;
  minutes: string | null;
  heldAt: Date | null;
  cancelReason: string | null;
  convenedBy: string;
  seq: number;
  createdAt?: Date;
}

/** 会议决定. A projection of the decision's ledger (key `decision:<id>`); the meeting's time is copied for the follow-up. */
export interface MeetingDecisionDoc {
  _id: Types.ObjectId;
  meetingId: Types.ObjectId;
  organizationId: Types.ObjectId;
  meetingScheduledAt: Date;
  text: string;
  kind: DecisionKind;
  owner: { type: DecisionOwnerType; id: string };
  dueOn: Date;
  status: DecisionStatus;
  followUps: FollowUp[];
  recordedAt: Date;
  closedAt: Date | null;
  seq: number;
}

const meetingSchema = new Schema<JointMeetingDoc>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    scheduledAt: { type: Date, required: true },
    place: { type: String, required: true },
    agenda: { type: [String], default: [] },
    invitees: { type: Schema.Types.Mixed, default: [] },
    status: { type: String, enum: Object.values(MeetingStatus), required: true },
    attendance: { type: Schema.Types.Mixed, default: {} },
    presentCount: { type: Number, default: 0 },
    invitedCount: { type: Number, default: 0 },
    minutes: { type: String, default: null },
    heldAt: { type: Date, default: null },
    cancelReason: { type: String, default: null },
    convenedBy: { type: String, required: true },
    seq: { type: Number, required: true },
  },
  { timestamps: true, collection: 'jointMeetings', minimize: false },
);
// Organization.jointMeetings: one committee's meetings, newest convened first, optionally of one status.
meetingSchema.index({ organizationId: 1, _id: 1 });
meetingSchema.index({ organizationId: 1, status: 1, _id: 1 });
// Statistics: the territory's committees' meetings scheduled in a period.
meetingSchema.index({ organizationId: 1, scheduledAt: 1 });

const decisionSchema = new Schema<MeetingDecisionDoc>(
  {
    meetingId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    meetingScheduledAt: { type: Date, required: true },
    text: { type: String, required: true },
    kind: { type: String, enum: Object.values(DecisionKind), required: true },
    owner: { type: new Schema({ type: { type: String, enum: Object.values(DecisionOwnerType) }, id: String }, { _id: false }), required: true },
    dueOn: { type: Date, required: true },
    status: { type: String, enum: Object.values(DecisionStatus), required: true },
    followUps: { type: Schema.Types.Mixed, default: [] },
    recordedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    seq: { type: Number, required: true },
  },
  { collection: 'meetingDecisions', versionKey: false },
);
// JointMeeting.decisions: a meeting's decisions in order.
decisionSchema.index({ meetingId: 1, _id: 1 });
// Organization.openDecisions and the follow-up of the open ones.
decisionSchema.index({ organizationId: 1, status: 1, _id: 1 });
// The follow-up of the recently closed ones.
decisionSchema.index({ organizationId: 1, closedAt: 1 });
// Statistics: decisions made in a period.
decisionSchema.index({ organizationId: 1, recordedAt: 1 });

/**
 * 年度述职评议. A projection of its ledger (`reviewLedger`, key `review:<id>`); its criteria and raters are
 * fixed when it opens. One round per committee and year (`reviewRoundKeys`).
 */
export interface ReviewRoundDoc {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  year: number;
  title: string;
  criteria: Criterion[];
  raters: Rater[];
  status: RoundStatus;
  openedBy: string;
  openedAt: Date;
  closedAt: Date | null;
  seq: number;
}

/**
 * 述职对象. A projection of its ledger (key `review-party:<id>`): `state` is the ledger's last state; the
 * result (`weightedScore`, `grade`) is written when the round's close freezes it, for the statistics.
 */
export interface ReviewPartyDoc {
  _id: Types.ObjectId;
  roundId: Types.ObjectId;
  organizationId: Types.ObjectId;
  year: number;
  type: ReviewPartyType;
  partyId: Types.ObjectId;
  state: PartyState;
  weightedScore: number | null;
  grade: ReviewGrade | null;
  frozen: boolean;
  seq: number;
}

const reviewRoundSchema = new Schema<ReviewRoundDoc>(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    year: { type: Number, required: true },
    title: { type: String, required: true },
    criteria: { type: Schema.Types.Mixed, default: [] },
    raters: { type: Schema.Types.Mixed, default: [] },
    status: { type: String, enum: ['OPEN', 'CLOSING', 'CLOSED'], required: true },
    openedBy: { type: String, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    seq: { type: Number, required: true },
  },
  { collection: 'reviewRounds', versionKey: false, minimize: false },
);
// Organization.reviewRounds: one committee's rounds, newest first (optionally of one year); statistics by year.
reviewRoundSchema.index({ organizationId: 1, _id: 1 });
reviewRoundSchema.index({ organizationId: 1, year: 1, _id: 1 });

const reviewPartySchema = new Schema<ReviewPartyDoc>(
  {
    roundId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    year: { type: Number, required: true },
    type: { type: String, enum: ['RESIDENT_UNIT', 'PARTY_BRANCH'], required: true },
    partyId: { type: Schema.Types.ObjectId, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    weightedScore: { type: Number, default: null },
    grade: { type: String, default: null },
    frozen: { type: Boolean, default: false },
    seq: { type: Number, required: true },
  },
  { collection: 'reviewParties', versionKey: false, minimize: false },
);
// ReviewRound.parties: a round's parties in the order named (one party per unit and round).
reviewPartySchema.index({ roundId: 1, _id: 1 });
reviewPartySchema.index({ roundId: 1, partyId: 1 }, { unique: true });
// ResidentUnit.annualReviews: a unit's parties, newest first.
reviewPartySchema.index({ partyId: 1, _id: 1 });
// Statistics: the parties of the territory's committees for a range of years, by grade.
reviewPartySchema.index({ organizationId: 1, year: 1 });

export interface OrganizationsModels {
  Organization: Model<OrganizationDoc>;
  CommitteeSeat: Model<CommitteeSeatDoc>;
  /** One key per (parent, name): two organisations of one name under one parent cannot both be written. */
  OrganizationName: Model<UniqueKeyDoc>;
  /** Every seat added or ended, per committee: seat rules are decided on it (see domain/committee.ts). */
  CommitteeLedger: Model<LedgerEntry>;
  JointMeeting: Model<JointMeetingDoc>;
  MeetingDecision: Model<MeetingDecisionDoc>;
  /** Every act on a joint meeting (`meeting:<id>`) and on a decision once made (`decision:<id>`). */
  MeetingLedger: Model<LedgerEntry>;
  ReviewRound: Model<ReviewRoundDoc>;
  ReviewParty: Model<ReviewPartyDoc>;
  /** One key per committee and year: two rounds of one year cannot both be opened. */
  ReviewRoundKey: Model<UniqueKeyDoc>;
  /** Every act on a review round (`review:<id>`) and on each of its parties (`review-party:<id>`). */
  ReviewLedger: Model<LedgerEntry>;
}

export function organizationsModels(connection: Connection): OrganizationsModels {
  const model = modelOn(connection);
  return {
    Organization: model('Organization', organizationSchema),
    CommitteeSeat: model('CommitteeSeat', seatSchema),
    OrganizationName: uniqueKeyModel(connection, 'organizationNames'),
    CommitteeLedger: ledgerModel(connection, 'committeeLedger'),
    JointMeeting: model('JointMeeting', meetingSchema),
    MeetingDecision: model('MeetingDecision', decisionSchema),
    MeetingLedger: ledgerModel(connection, 'meetingLedger'),
    ReviewRound: model('ReviewRound', reviewRoundSchema),
    ReviewParty: model('ReviewParty', reviewPartySchema),
    ReviewRoundKey: uniqueKeyModel(connection, 'reviewRoundKeys'),
    ReviewLedger: ledgerModel(connection, 'reviewLedger'),
  };
}
