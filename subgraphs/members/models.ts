import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { modelOn } from '../../platform/data/models';
import { uniqueKeyModel, type UniqueKeyDoc } from '../../platform/data/unique-keys';
import { FeedbackKind, MemberCategory } from './generated/resolvers';

export const MEMBER_CATEGORIES: readonly MemberCategory[] = Object.values(MemberCategory);
export type { MemberCategory };

/**
 * 党员. Organisations and units live in other subgraphs (other databases):
 * only their ids are kept here, and the gateway resolves them.
 */
export interface MemberDoc {
  _id: Types.ObjectId;
  name: string;
  category: MemberCategory;
  /** Home branch (所在党组织). */
  organizationId: Types.ObjectId;
  /** Community reported to (到社区报到). */
  reportsToId?: Types.ObjectId | null;
  /** That community's path, stamped with the report: its committees see and serve the member too (双报到). */
  reportsToPath?: Types.ObjectId[] | null;
  reportedAt?: Date | null;
  /** Employer (工作单位), a ResidentUnit. */
  employerId?: Types.ObjectId | null;
  /** The home branch's territory path, root first (stamped at registration, for territory checks). */
  territoryPath: Types.ObjectId[];
  phone?: string | null;
  idNumber?: string | null;
  posts: { title: string; responsibility?: string | null }[];
  centralHousehold: boolean;
  householdsContacted?: number | null;
  createdAt?: Date;
  updatedAt?: Date;
}

/** 志愿服务记录. Only confirmed records count towards totals. */
export interface ServiceRecordDoc {
  _id: Types.ObjectId;
  memberId: Types.ObjectId;
  /** The member's territory path and employer when served: totals per organisation and per employer. */
  territoryPath: Types.ObjectId[];
  employerId?: Types.ObjectId | null;
  /** The member's category when served: the statistics' hours by category. */
  memberCategory: MemberCategory;
  year: number;
  servedOn: Date;
  hours: number;
  description: string;
  needId?: Types.ObjectId | null;
  projectId?: Types.ObjectId | null;
  /** The activity (services subgraph) whose check-in wrote the record (app/activity-hours.ts). */
  activityId?: Types.ObjectId | null;
  recordedBy: string;
  confirmedBy?: string | null;
  confirmedAt?: Date | null;
  createdAt?: Date;
}

export const FEEDBACK_KINDS: readonly FeedbackKind[] = Object.values(FeedbackKind);
export type { FeedbackKind };

/** 反馈: from the community a member reports to, to the member's employer. */
export interface FeedbackDoc {
  _id: Types.ObjectId;
  memberId: Types.ObjectId;
  communityId: Types.ObjectId;
  employerId: Types.ObjectId;
  /** The community's path, for who may read it. */
  territoryPath: Types.ObjectId[];
  kind: FeedbackKind;
  year: number;
  note: string;
  sentBy: string;
  createdAt: Date;
}

const memberSchema = new Schema<MemberDoc>(
  {
    name: { type: String, required: true, trim: true, maxlength: 100 },
    category: { type: String, enum: MEMBER_CATEGORIES, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    reportsToId: { type: Schema.Types.ObjectId, default: null },
    reportsToPath: { type: [Schema.Types.ObjectId], default: undefined },
    reportedAt: { type: Date, default: null },
    employerId: { type: Schema.Types.ObjectId, default: null },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    phone: { type: String, default: null },
    idNumber: { type: String, default: null },
    posts: { type: [new Schema({ title: String, responsibility: String }, { _id: false })], default: [] },
    centralHousehold: { type: Boolean, default: false },
    householdsContacted: { type: Number, default: null },
  },
  { timestamps: true, collection: 'members' },
);
// Organization.members(category): one branch's page, optionally of one category.
memberSchema.index({ organizationId: 1, _id: 1 });
memberSchema.index({ organizationId: 1, category: 1, _id: 1 });
memberSchema.index({ reportsToId: 1, _id: 1 });
memberSchema.index({ employerId: 1, _id: 1 });
memberSchema.index({ territoryPath: 1, _id: 1 });
// One member per ID number: members from before the rule are found by it (new ones also claim it, see IdNumber).
memberSchema.index({ idNumber: 1 });

const serviceRecordSchema = new Schema<ServiceRecordDoc>(
  {
    memberId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    employerId: { type: Schema.Types.ObjectId, default: null },
    memberCategory: { type: String, enum: MEMBER_CATEGORIES, required: true },
    year: { type: Number, required: true },
    servedOn: { type: Date, required: true },
    hours: { type: Number, required: true, min: 0.5, max: 24 },
    description: { type: String, required: true, maxlength: 200 },
    needId: { type: Schema.Types.ObjectId, default: null },
    projectId: { type: Schema.Types.ObjectId, default: null },
    activityId: { type: Schema.Types.ObjectId, default: null },
    recordedBy: { type: String, required: true },
    confirmedBy: { type: String, default: null },
    confirmedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'serviceRecords' },
);
serviceRecordSchema.index({ memberId: 1, _id: -1 });
serviceRecordSchema.index({ memberId: 1, year: 1, _id: -1 });
// Yearly totals per member, per organisation (any level) and per employer.
serviceRecordSchema.index({ year: 1, memberId: 1 });
serviceRecordSchema.index({ year: 1, territoryPath: 1 });
serviceRecordSchema.index({ year: 1, employerId: 1 });
// Statistics: a territory's confirmed hours in a period.
serviceRecordSchema.index({ territoryPath: 1, servedOn: 1 });

const feedbackSchema = new Schema<FeedbackDoc>(
  {
    memberId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    employerId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    kind: { type: String, enum: FEEDBACK_KINDS, required: true },
    year: { type: Number, required: true },
    note: { type: String, required: true, maxlength: 500 },
    sentBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'feedback', versionKey: false },
);
feedbackSchema.index({ memberId: 1, createdAt: -1 });
feedbackSchema.index({ employerId: 1, createdAt: -1 });
// A move in the tree: the feedback under an organisation follows it (syncMembersTerritory).
feedbackSchema.index({ territoryPath: 1 });

export interface MembersModels {
  Member: Model<MemberDoc>;
  ServiceRecord: Model<ServiceRecordDoc>;
  Feedback: Model<FeedbackDoc>;
  /** One key per ID number (身份证号): two members with one number cannot both be written. */
  IdNumber: Model<UniqueKeyDoc>;
  /** One key per member, need (or project, activity, or service) and day: see domain/service-records.ts. */
  ServiceRecordKey: Model<UniqueKeyDoc>;
}

export function membersModels(connection: Connection): MembersModels {
  const model = modelOn(connection);
  return {
    Member: model('Member', memberSchema),
    ServiceRecord: model('ServiceRecord', serviceRecordSchema),
    Feedback: model('Feedback', feedbackSchema),
    IdNumber: uniqueKeyModel(connection, 'idNumbers'),
    ServiceRecordKey: uniqueKeyModel(connection, 'serviceRecordKeys'),
  };
}
