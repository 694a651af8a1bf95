import { Types } from 'mongoose';
import { governs, isInside, requireGoverns, requirePrincipal, COMMITTEE_ROLES } from '../../../platform/access';
import { forbidden } from '../../../platform/auth';
import { isObjectId } from '../../../platform/subgraph';
import { userError, type UserError } from '../../../platform/user-errors';
import { checkTerritoryCode, fitsUnder, nextChildCode, pathOf, rebasedAncestors, validateCount, validateName, wouldCycle } from '../domain/tree';
import type { Context } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import type { OrganizationDoc } from '../models';

const DUPLICATE_KEY = 11000;
const orgFailure = (...errors: UserError[]) => ({ organization: null, errors });
const seatFailure = (...errors: UserError[]) => ({ seat: null, errors });
const noSuch = (field: string) => userError('NOT_FOUND', '党组织不存在 · no such organisation', field);

async function load(ctx: Context, id: string) {
  return isObjectId(id) ? ctx.loaders.organization.load(id) : null;
}

const fresh = async (ctx: Context, id: Types.ObjectId) => (await ctx.models.Organization.findById(id).lean()) as OrganizationDoc;

export const Mutation: MutationResolvers = {
  createOrganization: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const parent = await load(ctx, input.parentId);
    if (!parent) return orgFailure(noSuch('input.parentId'));
    requireGoverns(principal, pathOf(parent), 'create organisations under it');
    const errors = [
      validateName(input.name),
      validateCount(input.households, 'input.households'),
      validateCount(input.buildings, 'input.buildings'),
      fitsUnder(input.kind, parent.kind)
        ? null
        : userError('KIND_DOES_NOT_FIT', `${input.kind}不能设在${parent.kind}之下 · a ${input.kind} cannot sit under a ${parent.kind}`, 'input.kind'),
      input.territoryCode != null ? checkTerritoryCode(input.territoryCode, parent.territoryCode) : null,
    ].filter((e): e is UserError => e !== null);
    if (errors.length) return orgFailure(...errors);

    // With no code given, take the next free one; the unique index settles a race for it.
    for (let attempt = 0; attempt < 5; attempt++) {
      const siblings = await ctx.models.Organization.find({ parentId: parent._id }, { territoryCode: 1 }).lean();
      const territoryCode = input.territoryCode ?? nextChildCode(parent.territoryCode, siblings.map((s) => s.territoryCode));
      try {
        const org = await ctx.models.Organization.create({
          name: input.name.trim(),
          kind: input.kind,
          territoryCode,
          parentId: parent._id,
          ancestorIds: pathOf(parent),
          households: input.households ?? null,
          buildings: input.buildings ?? null,
        });
        return { organization: org.toObject() as OrganizationDoc, errors: [] };
      } catch (err) {
        if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
        if (input.territoryCode != null) {
          return orgFailure(userError('DUPLICATE_TERRITORY_CODE', '区划代码已被使用 · the territory code is taken', 'input.territoryCode'));
        }
      }
    }
    throw new Error('Could not find a free territory code');
  },

  updateOrganization: async (_root, { id, input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const org = await load(ctx, id);
    if (!org) return orgFailure(noSuch('id'));
    requireGoverns(principal, pathOf(org), 'change this organisation');
    const errors = [
      input.name != null ? validateName(input.name) : null,
      validateCount(input.households, 'input.households'),
      validateCount(input.buildings, 'input.buildings'),
    ].filter((e): e is UserError => e !== null);
    if (errors.length) return orgFailure(...errors);
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = input.name.trim();
    if (input.households != null) set.households = input.households;
    if (input.buildings != null) set.buildings = input.buildings;
    await ctx.models.Organization.updateOne({ _id: org._id }, { $set: set });
    return { organization: await fresh(ctx, org._id), errors: [] };
  },

  moveOrganization: async (_root, { id, parentId }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const [org, parent] = await Promise.all([load(ctx, id), load(ctx, parentId)]);
    if (!org) return orgFailure(noSuch('id'));
    if (!parent) return orgFailure(noSuch('parentId'));
    if (!governs(principal, pathOf(org)) || !governs(principal, pathOf(parent))) {
      throw forbidden('Only a committee that governs both the organisation and its new parent may move it');
    }
    if (wouldCycle(org, parent)) return orgFailure(userError('CYCLE', '不能移到自己或自己的下级之下 · it cannot move under itself', 'parentId'));
    if (!fitsUnder(org.kind, parent.kind)) {
      return orgFailure(userError('KIND_DOES_NOT_FIT', `${org.kind}不能设在${parent.kind}之下 · a ${org.kind} cannot sit under a ${parent.kind}`, 'parentId'));
    }
    // The subtree keeps its shape: each descendant's path is rebased on the new one.
    const newPath = pathOf(parent);
    const descendants = (await ctx.models.Organization.find({ ancestorIds: org._id }, { ancestorIds: 1 }).lean()) as OrganizationDoc[];
    await ctx.models.Organization.bulkWrite([
      { updateOne: { filter: { _id: org._id }, update: { $set: { parentId: parent._id, ancestorIds: newPath } } } },
      ...descendants.map((d) => ({
        updateOne: { filter: { _id: d._id }, update: { $set: { ancestorIds: rebasedAncestors(d, org, newPath) } } },
      })),
    ]);
    return { organization: await fresh(ctx, org._id), errors: [] };
  },

  gradeOrganization: async (_root, { id, year, level }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const org = await load(ctx, id);
    if (!org) return orgFailure(noSuch('id'));
    // Graded from above: a committee strictly over it.
    if (!COMMITTEE_ROLES.includes(principal.role) || !isInside(principal, org.ancestorIds)) {
      throw forbidden('Only a committee above an organisation may grade it');
    }
    const thisYear = ctx.now.getUTCFullYear();
    if (!Number.isInteger(year) || year < 2000 || year > thisYear) {
      return orgFailure(userError('INVALID_YEAR', `年度须在2000至${thisYear}之间 · the year is 2000 to ${thisYear}`, 'year'));
    }
    const gradings = [{ year, level, gradedAt: ctx.now }, ...(org.gradings ?? []).filter((g) => g.year !== year)].sort((a, b) => b.year - a.year);
    await ctx.models.Organization.updateOne({ _id: org._id }, { $set: { gradings, grading: gradings[0] } });
    return { organization: await fresh(ctx, org._id), errors: [] };
  },

  addCommitteeSeat: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const org = await load(ctx, input.organizationId);
    if (!org) return seatFailure(noSuch('input.organizationId'));
    requireGoverns(principal, pathOf(org), 'seat members on its committee');
    const [member, unit] = await Promise.all([
      isObjectId(input.memberId) ? ctx.members.load(input.memberId) : null,
      input.unitId && isObjectId(input.unitId) ? ctx.units.load(input.unitId) : null,
    ]);
    const errors: UserError[] = [];
    if (!member) errors.push(userError('NOT_FOUND', '党员不存在 · no such member', 'input.memberId'));
    if (input.partTime && !input.unitId) errors.push(userError('UNIT_REQUIRED', '兼职委员须注明所在单位 · a part-time seat names the unit', 'input.unitId'));
    if (input.unitId && !unit) errors.push(userError('NOT_FOUND', '驻区单位不存在 · no such resident unit', 'input.unitId'));
    if (input.termEnd && input.termEnd.getTime() <= input.termStart.getTime()) {
      errors.push(userError('DATES_OUT_OF_ORDER', '任期结束须晚于开始 · the term must end after it starts', 'input.termEnd'));
    }
    if (errors.length) return seatFailure(...errors);
    const current = await ctx.models.CommitteeSeat.find({ organizationId: org._id, memberId: new Types.ObjectId(input.memberId) }).lean();
    if (current.some((s) => !s.termEnd || s.termEnd.getTime() >= input.termStart.getTime())) {
      return seatFailure(userError('ALREADY_SEATED', '该党员已在本届委员会任职 · the member already holds a seat for that time', 'input.memberId'));
    }
    const seat = await ctx.models.CommitteeSeat.create({
      organizationId: org._id,
      memberId: new Types.ObjectId(input.memberId),
      role: input.role,
      partTime: input.partTime,
      unitId: input.unitId ? new Types.ObjectId(input.unitId) : null,
      termStart: input.termStart,
      termEnd: input.termEnd ?? null,
    });
    return { seat: seat.toObject(), errors: [] };
  },

  endCommitteeSeat: async (_root, { id, endsOn }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const seat = isObjectId(id) ? await ctx.models.CommitteeSeat.findById(id).lean() : null;
    const org = seat ? await ctx.loaders.organization.load(String(seat.organizationId)) : null;
    if (!seat || !org) return seatFailure(userError('NOT_FOUND', '席位不存在 · no such seat', 'id'));
    requireGoverns(principal, pathOf(org), 'end seats on its committee');
    if (endsOn.getTime() < seat.termStart.getTime()) {
      return seatFailure(userError('DATES_OUT_OF_ORDER', '离任日期不能早于任期开始 · it cannot end before it started', 'endsOn'));
    }
    const updated = await ctx.models.CommitteeSeat.findByIdAndUpdate(seat._id, { $set: { termEnd: endsOn } }, { returnDocument: 'after' }).lean();
    return { seat: updated!, errors: [] };
  },
};
