import { userError, type UserError } from '../../../platform/rules/user-errors';
import type { OrganizationDoc, OrganizationKind } from '../models';

/**
 * The shape of the organisation tree (市委 → 区委 → 街道党工委 → 社区党委 →
 * 网格党支部 → 楼栋党小组), and the Party organisations attached beside it
 * where they sit (属地): which kind may sit under which.
 */
export const PARENT_KINDS: Record<OrganizationKind, readonly OrganizationKind[]> = {
  CITY: [],
  DISTRICT: ['CITY'],
  STREET: ['DISTRICT'],
  COMMUNITY: ['STREET'],
  GRID: ['COMMUNITY'],
  BUILDING_GROUP: ['GRID'],
  UNIT_PARTY_ORGANIZATION: ['STREET', 'COMMUNITY'],
  JOINT_PARTY_ORGANIZATION: ['STREET', 'COMMUNITY'],
  INDUSTRY_COMMITTEE: ['DISTRICT', 'STREET'],
  // 职能部门: a street's functional departments and agencies (城管, 市场监管, 派出所, 房管…).
  DEPARTMENT: ['STREET'],
};

export function fitsUnder(kind: OrganizationKind, parentKind: OrganizationKind): boolean {
  return PARENT_KINDS[kind].includes(parentKind);
}

/** The path of an organisation: its ancestors and itself, root first. */
export const pathOf = (org: Pick<OrganizationDoc, '_id' | 'ancestorIds'>) => [...org.ancestorIds, org._id];

/** A child's territory code extends its parent's. */
export function checkTerritoryCode(code: string, parentCode: string, field = 'input.territoryCode'): UserError | null {
  if (!/^\d{6,24}$/.test(code) || !code.startsWith(parentCode) || code.length <= parentCode.length) {
    return userError('INVALID_TERRITORY_CODE', `区划代码须为数字,并以上级代码${parentCode}开头 · digits starting with the parent's code ${parentCode}`, field);
  }
  return null;
}

/** The next free three-digit child code under a parent, given the codes its children already use. */
export function nextChildCode(parentCode: string, taken: string[]): string {
  const used = new Set(taken.filter((c) => c.length === parentCode.length + 3).map((c) => Number(c.slice(-3))));
  let n = 1;
  while (used.has(n)) n++;
  return `${parentCode}${String(n).padStart(3, '0')}`;
}

/** Moving `org` under `newParent` must not put it below itself. */
export function wouldCycle(org: Pick<OrganizationDoc, '_id'>, newParent: Pick<OrganizationDoc, '_id' | 'ancestorIds'>): boolean {
  return newParent._id.equals(org._id) || newParent.ancestorIds.some((id) => id.equals(org._id));
}

/** The ancestors of a descendant of `moved` once `moved` sits at `newPath` (its new ancestors). */
export function rebasedAncestors(
  descendant: Pick<OrganizationDoc, 'ancestorIds'>,
  moved: Pick<OrganizationDoc, '_id'>,
  newPath: OrganizationDoc['ancestorIds'],
): OrganizationDoc['ancestorIds'] {
  const below = descendant.ancestorIds.findIndex((id) => id.equals(moved._id));
  return [...newPath, moved._id, ...descendant.ancestorIds.slice(below + 1)];
}

export function validateName(name: string, field = 'input.name'): UserError | null {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.length <= 100
    ? null
    : userError('INVALID_NAME', '名称须为2至100字 · a name has 2 to 100 characters', field);
}

export function validateCount(value: number | null | undefined, field: string): UserError | null {
  return value == null || (Number.isInteger(value) && value >= 0 && value <= 10_000_000)
    ? null
    : userError('INVALID_COUNT', '须为非负整数 · a whole number, 0 or more', field);
}

/** The Chinese name of each kind, for messages a committee clerk reads. */
export const KIND_LABEL: Record<OrganizationKind, string> = {
  CITY: '市委',
  DISTRICT: '区委',
  STREET: '街道党工委',
  COMMUNITY: '社区党委',
  GRID: '网格党支部',
  BUILDING_GROUP: '楼栋党小组',
  UNIT_PARTY_ORGANIZATION: '驻区单位党组织',
  JOINT_PARTY_ORGANIZATION: '联合党组织',
  INDUSTRY_COMMITTEE: '行业党委',
  DEPARTMENT: '职能部门',
};

/**
 * Two organisations under one parent are told apart by name. Full-width and half-width forms
 * (（一） and (一)) and spaces do not make a name different: a clerk reads them as the same.
 */
export const sameNameForm = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/** The key that claims a name under a parent (the tree's root has none). */
export const nameKey = (parentId: unknown, name: string) => `${parentId ? String(parentId) : 'root'}|${sameNameForm(name)}`;

/** Why a kind cannot sit under another, in words: 网格党支部不能设在街道党工委之下(应设在社区党委之下). */
export function notUnder(kind: OrganizationKind, parentKind: OrganizationKind): string {
  const fits = PARENT_KINDS[kind].map((k) => KIND_LABEL[k]).join('或');
  const where = fits ? `(应设在${fits}之下)` : '(应为最高一级)';
  return `${KIND_LABEL[kind]}不能设在${KIND_LABEL[parentKind]}之下${where} · a ${kind.toLowerCase()} cannot sit under a ${parentKind.toLowerCase()}`;
}
