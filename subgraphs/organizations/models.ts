import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { modelOn } from '../../platform/data/models';
import { ledgerModel, type LedgerEntry } from '../../platform/data/ledger';
import { uniqueKeyModel, type UniqueKeyDoc } from '../../platform/data/unique-keys';
import { GradingLevel, OrganizationKind, SeatRole } from './generated/resolvers';

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

export interface OrganizationsModels {
  Organization: Model<OrganizationDoc>;
  CommitteeSeat: Model<CommitteeSeatDoc>;
  /** One key per (parent, name): two organisations of one name under one parent cannot both be written. */
  OrganizationName: Model<UniqueKeyDoc>;
  /** Every seat added or ended, per committee: seat rules are decided on it (see domain/committee.ts). */
  CommitteeLedger: Model<LedgerEntry>;
}

export function organizationsModels(connection: Connection): OrganizationsModels {
  const model = modelOn(connection);
  return {
    Organization: model('Organization', organizationSchema),
    CommitteeSeat: model('CommitteeSeat', seatSchema),
    OrganizationName: uniqueKeyModel(connection, 'organizationNames'),
    CommitteeLedger: ledgerModel(connection, 'committeeLedger'),
  };
}
