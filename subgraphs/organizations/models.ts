import { Schema, type Connection, type Model, type Types } from 'mongoose';

export const ORGANIZATION_KINDS = [
  'CITY',
  'DISTRICT',
  'STREET',
  'COMMUNITY',
  'GRID',
  'BUILDING_GROUP',
  'UNIT_PARTY_ORGANIZATION',
  'JOINT_PARTY_ORGANIZATION',
  'INDUSTRY_COMMITTEE',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * 党组织. The tree is stored with an ancestors array (root first) so that a
 * whole subtree is one indexed query — `{ ancestorIds: X }` — with no
 * recursion and no $graphLookup (which FerretDB v1 lacks).
 */
export interface OrganizationDoc {
  _id: Types.ObjectId;
  name: string;
  kind: OrganizationKind;
  territoryCode: string;
  parentId: Types.ObjectId | null;
  ancestorIds: Types.ObjectId[];
  households?: number | null;
  createdAt?: Date;
  updatedAt?: Date;
}

const organizationSchema = new Schema<OrganizationDoc>(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    territoryCode: { type: String, required: true, match: /^\d{6,24}$/ },
    parentId: { type: Schema.Types.ObjectId, default: null },
    ancestorIds: { type: [Schema.Types.ObjectId], default: [] },
    households: { type: Number, min: 0 },
  },
  { timestamps: true, collection: 'organizations' },
);
// children(): one parent's page in _id order.
organizationSchema.index({ parentId: 1, _id: 1 });
// organizations(within, kind): a subtree, optionally of one kind.
organizationSchema.index({ ancestorIds: 1, kind: 1, _id: 1 });
organizationSchema.index({ kind: 1, _id: 1 });
organizationSchema.index({ territoryCode: 1 });

export interface OrganizationsModels {
  Organization: Model<OrganizationDoc>;
}

export function organizationsModels(connection: Connection): OrganizationsModels {
  return {
    Organization: connection.models.Organization ?? connection.model<OrganizationDoc>('Organization', organizationSchema),
  };
}
