import { Schema, type Connection, type Model, type Types } from 'mongoose';

export const MEMBER_CATEGORIES = ['DIRECT', 'EMPLOYED', 'DUAL', 'FLOATING'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

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
  reportedAt?: Date | null;
  /** Employer (工作单位), a ResidentUnit. */
  employerId?: Types.ObjectId | null;
  createdAt?: Date;
  updatedAt?: Date;
}

const memberSchema = new Schema<MemberDoc>(
  {
    name: { type: String, required: true, trim: true, maxlength: 100 },
    category: { type: String, enum: MEMBER_CATEGORIES, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    reportsToId: { type: Schema.Types.ObjectId, default: null },
    reportedAt: { type: Date, default: null },
    employerId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, collection: 'members' },
);
// Organization.members(category): one branch's page, optionally of one category.
memberSchema.index({ organizationId: 1, _id: 1 });
memberSchema.index({ organizationId: 1, category: 1, _id: 1 });
memberSchema.index({ reportsToId: 1, _id: 1 });
memberSchema.index({ employerId: 1, _id: 1 });

export interface MembersModels {
  Member: Model<MemberDoc>;
}

export function membersModels(connection: Connection): MembersModels {
  return { Member: connection.models.Member ?? connection.model<MemberDoc>('Member', memberSchema) };
}
