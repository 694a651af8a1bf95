import { Types } from 'mongoose';
import { governs, isInside, requireGoverns, requirePrincipal, COMMITTEE_ROLES } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import type { SubgraphName } from '../../../platform/server/config';
import { isObjectId } from '../../../platform/server/subgraph';
import { claimUniqueKey, isDuplicateKey, releaseUniqueKey } from '../../../platform/data/unique-keys';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import {
  checkTerritoryCode,
  fitsUnder,
  notUnder,
  nameKey,
  nextChildCode,
  pathOf,
  rebasedAncestors,
  sameNameForm,
  validateCount,
  validateName,
  wouldCycle,
} from '../domain/tree';
import type { OrganizationDoc } from '../models';
import type { Context } from '../context';
import type {
  MutationCreateOrganizationArgs,
  MutationGradeOrganizationArgs,
  MutationMoveOrganizationArgs,
  MutationUpdateOrganizationArgs,
} from '../generated/resolvers';

/* Commands on the organisation tree: create, update, move (with the other subgraphs' copies), grade. */

const orgFailure = (...errors: UserError[]) => ({ organization: null, errors });

export const noSuch = (field: string) => userError('NOT_FOUND', '党组织不存在 · no such organisation', field);

export async function load(ctx: Context, id: string) {
  return isObjectId(id) ? ctx.loaders.organization.load(id) : null;
}

const fresh = async (ctx: Context, id: Types.ObjectId) => (await ctx.models.Organization.findById(id).lean()) as OrganizationDoc;

const duplicateName = (name: string, field: string) =>
  userError('DUPLICATE_NAME', `同一上级党组织下已有名为「${name}」的党组织 · an organisation of this name already exists under the same parent`, field);

/**
 * Claims `name` under `parentId` for the organisation `orgId`: false when another organisation there
 * has it. Organisations written before names were claimed hold no key, so the parent's children are
 * read as well; from then on the key decides, also between two requests at the same moment.
 */
async function claimName(ctx: Context, parentId: Types.ObjectId | null, name: string, orgId: Types.ObjectId): Promise<boolean> {
  const siblings = await ctx.models.Organization.find({ parentId }, { name: 1 }).lean();
  if (siblings.some((s) => !s._id.equals(orgId) && sameNameForm(s.name) === sameNameForm(name))) return false;
  return claimUniqueKey(ctx.models.OrganizationName, nameKey(parentId, name), orgId, async (holderId) => {
    const holder = await ctx.models.Organization.findById(holderId, { parentId: 1, name: 1 }).lean();
    return !!holder && String(holder.parentId) === String(parentId) && sameNameForm(holder.name) === sameNameForm(name);
  });
}

/** What each subgraph keeps under an organisation, as a message names it. */
const SUBGRAPH_LABEL: Partial<Record<SubgraphName, string>> = { members: '党员', 'resident-units': '驻区单位', services: '清单和诉求' };

export async function createOrganization(ctx: Context, { input }: MutationCreateOrganizationArgs) {
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
      : userError('KIND_DOES_NOT_FIT', notUnder(input.kind, parent.kind), 'input.kind'),
    input.territoryCode != null ? checkTerritoryCode(input.territoryCode, parent.territoryCode) : null,
  ].filter((e): e is UserError => e !== null);
  if (errors.length) return orgFailure(...errors);

  const _id = new Types.ObjectId();
  const name = input.name.trim();
  if (!(await claimName(ctx, parent._id, name, _id))) return orgFailure(duplicateName(name, 'input.name'));
  let created = false;
  try {
    // With no code given, take the next free one; the unique index settles a race for it.
    for (let attempt = 0; attempt < 5; attempt++) {
      const siblings = await ctx.models.Organization.find({ parentId: parent._id }, { territoryCode: 1 }).lean();
      const territoryCode = input.territoryCode ?? nextChildCode(parent.territoryCode, siblings.map((s) => s.territoryCode));
      try {
        const org = await ctx.models.Organization.create({
          _id,
          name,
          kind: input.kind,
          territoryCode,
          parentId: parent._id,
          ancestorIds: pathOf(parent),
          households: input.households ?? null,
          buildings: input.buildings ?? null,
        });
        created = true;
        return { organization: org.toObject() as OrganizationDoc, errors: [] };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        if (input.territoryCode != null) {
          return orgFailure(userError('DUPLICATE_TERRITORY_CODE', '区划代码已被使用 · the territory code is taken', 'input.territoryCode'));
        }
      }
    }
    throw new Error('Could not find a free territory code');
  } finally {
    // Nothing written: the name is free again.
    if (!created) await releaseUniqueKey(ctx.models.OrganizationName, nameKey(parent._id, name), _id);
  }
}

export async function updateOrganization(ctx: Context, { id, input }: MutationUpdateOrganizationArgs) {
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
  const name = input.name?.trim();
  const renamed = name != null && sameNameForm(name) !== sameNameForm(org.name);
  if (renamed && !(await claimName(ctx, org.parentId, name, org._id))) return orgFailure(duplicateName(name, 'input.name'));
  if (name != null) set.name = name;
  if (input.households != null) set.households = input.households;
  if (input.buildings != null) set.buildings = input.buildings;
  try {
    await ctx.models.Organization.updateOne({ _id: org._id }, { $set: set });
  } catch (err) {
    if (renamed) await releaseUniqueKey(ctx.models.OrganizationName, nameKey(org.parentId, name), org._id);
    throw err;
  }
  if (renamed) await releaseUniqueKey(ctx.models.OrganizationName, nameKey(org.parentId, org.name), org._id);
  return { organization: await fresh(ctx, org._id), errors: [] };
}

export async function moveOrganization(ctx: Context, { id, parentId }: MutationMoveOrganizationArgs) {
  const principal = requirePrincipal(ctx.principal);
  const [org, parent] = await Promise.all([load(ctx, id), load(ctx, parentId)]);
  if (!org) return orgFailure(noSuch('id'));
  if (!parent) return orgFailure(noSuch('parentId'));
  if (!governs(principal, pathOf(org)) || !governs(principal, pathOf(parent))) {
    throw forbidden('Only a committee that governs both the organisation and its new parent may move it');
  }
  if (wouldCycle(org, parent)) return orgFailure(userError('CYCLE', '不能移到自己或自己的下级之下 · it cannot move under itself', 'parentId'));
  if (!fitsUnder(org.kind, parent.kind)) {
    return orgFailure(userError('KIND_DOES_NOT_FIT', notUnder(org.kind, parent.kind), 'parentId'));
  }
  const newParent = !parent._id.equals(org.parentId);
  if (newParent && !(await claimName(ctx, parent._id, org.name, org._id))) return orgFailure(duplicateName(org.name, 'parentId'));
  // The subtree keeps its shape: each descendant's path is rebased on the new one, and its
  // territory code on the organisation's new code (the next free one under its new parent).
  const newPath = pathOf(parent);
  const descendants = (await ctx.models.Organization.find({ ancestorIds: org._id }, { ancestorIds: 1, territoryCode: 1 }).lean()) as OrganizationDoc[];
  let code = org.territoryCode;
  try {
    for (let attempt = 0; ; attempt++) {
      if (newParent) {
        const siblings = await ctx.models.Organization.find({ parentId: parent._id }, { territoryCode: 1 }).lean();
        code = nextChildCode(parent.territoryCode, siblings.map((s) => s.territoryCode));
      }
      try {
        await ctx.models.Organization.updateOne({ _id: org._id }, { $set: { parentId: parent._id, ancestorIds: newPath, territoryCode: code } });
        break;
      } catch (err) {
        // Another organisation took that code at the same moment: the next one.
        if (!isDuplicateKey(err) || attempt >= 4) throw err;
      }
    }
    const recoded = (d: OrganizationDoc) => (d.territoryCode.startsWith(org.territoryCode) ? code + d.territoryCode.slice(org.territoryCode.length) : d.territoryCode);
    if (descendants.length) {
      await ctx.models.Organization.bulkWrite(
        descendants.map((d) => ({
          updateOne: { filter: { _id: d._id }, update: { $set: { ancestorIds: rebasedAncestors(d, org, newPath), territoryCode: recoded(d) } } },
        })),
      );
    }
  } catch (err) {
    if (newParent) await releaseUniqueKey(ctx.models.OrganizationName, nameKey(parent._id, org.name), org._id);
    throw err;
  }
  if (newParent) await releaseUniqueKey(ctx.models.OrganizationName, nameKey(org.parentId, org.name), org._id);
  // Tokens issued before the move follow it (serve.ts): here now, and in each subgraph as it syncs.
  await ctx.moves.record(String(org._id), [...newPath, org._id].map(String));
  // The members, units, items, claims and requests under it follow, in their own subgraphs. If one
  // cannot now, the move stands and says so: moving it to the same parent again completes it.
  const behind = await ctx.syncTerritory(String(org._id));
  if (behind.length) {
    return {
      organization: await fresh(ctx, org._id),
      errors: [
        userError(
          'MOVE_INCOMPLETE',
          `已迁移,但${behind.map((n) => SUBGRAPH_LABEL[n]).join('、')}尚未随之更新,请再次执行同一迁移 · moved, but ${behind.join(', ')} did not follow yet: repeat the move`,
        ),
      ],
    };
  }
  return { organization: await fresh(ctx, org._id), errors: [] };
}

export async function gradeOrganization(ctx: Context, { id, year, level }: MutationGradeOrganizationArgs) {
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
}
