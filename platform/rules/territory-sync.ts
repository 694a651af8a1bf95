import { Types, type Model } from 'mongoose';
import { requireGoverns, requirePrincipal } from '../auth/access';
import type { Principal } from '../auth/tokens';
import type { SubgraphName } from '../server/config';
import type { TerritoryNode } from './territory';
import { isObjectId } from './validation';
import { rebasedOn } from './territory-moves';

/**
 * When an organisation moves in the tree (organizations' moveOrganization), the other subgraphs hold
 * copies of its path — on members, units, items, claims, requests — stamped when each was written
 * (see TerritoryDirectory). Each subgraph brings its copies in line on request: the organisation's
 * path is asked of the tree again, so a request cannot move anything anywhere the tree does not say.
 */

/** The mutation each subgraph answers to bring its copies of one organisation's path in line. */
export const SYNC_MUTATION: Partial<Record<SubgraphName, string>> = {
  members: 'syncMembersTerritory',
  'resident-units': 'syncUnitsTerritory',
  services: 'syncServicesTerritory',
};

/**
 * Asks every subgraph that keeps paths to bring them in line with the tree for `organizationId`,
 * with the caller's own token (each checks it). Returns the subgraphs that could not.
 */
export async function syncTerritory(urls: Partial<Record<SubgraphName, string>>, organizationId: string, authorization: string | undefined): Promise<SubgraphName[]> {
  const failed = await Promise.all(
    (Object.entries(SYNC_MUTATION) as [SubgraphName, string][]).map(async ([name, field]) => {
      const url = urls[name];
      if (!url) return name;
      const ok = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: `mutation($id: ID!) { ${field}(organizationId: $id) }`, variables: { id: organizationId } }),
        signal: AbortSignal.timeout(60_000),
      })
        .then(async (response) => response.ok && !((await response.json()) as { errors?: unknown[] }).errors?.length)
        .catch(() => false);
      return ok ? null : name;
    }),
  );
  return failed.filter((name): name is SubgraphName => name !== null);
}

/**
 * Rewrites every `field` path that runs through `organizationId` so that it starts with `prefix`
 * (the organisation's path now, itself last), keeping what follows it; `more` adds fields that
 * depend on the new path. Idempotent: paths already in line are left alone. Returns how many changed.
 */
export async function rebasePaths<T extends { _id: unknown }>(
  model: Model<T>,
  field: string,
  organizationId: string,
  prefix: readonly string[],
  more: (doc: T, path: Types.ObjectId[]) => Record<string, unknown> | Promise<Record<string, unknown>> = () => ({}),
): Promise<number> {
  const id = new Types.ObjectId(organizationId);
  const docs = (await model.find({ [field]: id } as never).lean()) as T[];
  const writes = [];
  for (const doc of docs) {
    const path = ((doc as Record<string, unknown>)[field] as Types.ObjectId[]).map(String);
    const rebased = rebasedOn(path, organizationId, prefix);
    if (rebased.join() === path.join()) continue;
    const next = rebased.map((p) => new Types.ObjectId(p));
    writes.push({ updateOne: { filter: { _id: doc._id }, update: { $set: { [field]: next, ...(await more(doc, next)) } } } });
  }
  for (let i = 0; i < writes.length; i += 500) await model.bulkWrite(writes.slice(i, i + 500) as never, { ordered: false });
  return writes.length;
}

/** A path rebased as rebasePaths does, for a path kept inside a document (a party's, a handler's). */
export function rebasedPath(path: readonly unknown[], organizationId: string, prefix: readonly string[]): Types.ObjectId[] {
  return rebasedOn(path.map(String), organizationId, prefix).map((p) => new Types.ObjectId(p));
}

/**
 * The organisation's path as the tree has it now, for a caller who governs it there: what a subgraph
 * rebases its copies on (throws FORBIDDEN otherwise; null when there is no such organisation).
 */
export async function pathToSync(
  principal: Principal | null,
  territory: { load(id: string): Promise<TerritoryNode | null> },
  organizationId: string,
): Promise<string[] | null> {
  const p = requirePrincipal(principal);
  const node = isObjectId(organizationId) ? await territory.load(organizationId) : null;
  if (!node) return null;
  requireGoverns(p, node.path, 'bring its territory in line');
  return node.path;
}
