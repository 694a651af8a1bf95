import { Types } from 'mongoose';
import { territoryKeys } from '../../../platform/rules/territory';
import { pathToSync, rebasePaths } from '../../../platform/rules/territory-sync';
import type { Context } from '../context';
import type { MutationSyncUnitsTerritoryArgs } from '../generated/resolvers';

/**
 * After a move in the tree: units (and their street) and agreements follow their community.
 * Once its copies are in line, tokens issued before the move follow it here too (subgraphs/serve.ts).
 */
export async function syncUnitsTerritory(ctx: Context, { organizationId }: MutationSyncUnitsTerritoryArgs) {
  const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
  if (!prefix) return 0;
  const streetOf = async (path: Types.ObjectId[]) => {
    const { streetId } = territoryKeys(await ctx.territory.loadMany(path.map(String)));
    return streetId ? { streetId: new Types.ObjectId(streetId) } : {};
  };
  const counts = await Promise.all([
    rebasePaths(ctx.models.ResidentUnit, 'territoryPath', organizationId, prefix, (_unit, path) => streetOf(path)),
    rebasePaths(ctx.models.Agreement, 'territoryPath', organizationId, prefix),
  ]);
  await ctx.moves.record(organizationId, prefix);
  return counts.reduce((a, b) => a + b, 0);
}
