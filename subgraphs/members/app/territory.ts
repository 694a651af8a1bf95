import { pathToSync, rebasePaths } from '../../../platform/rules/territory-sync';
import type { Context } from '../context';
import type { MutationSyncMembersTerritoryArgs } from '../generated/resolvers';

/**
 * After a move in the tree: members, their service records and feedback follow their organisation.
 * Once its copies are in line, tokens issued before the move follow it here too (subgraphs/serve.ts).
 */
export async function syncMembersTerritory(ctx: Context, { organizationId }: MutationSyncMembersTerritoryArgs) {
  const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
  if (!prefix) return 0;
  const counts = await Promise.all([
    rebasePaths(ctx.models.Member, 'territoryPath', organizationId, prefix),
    rebasePaths(ctx.models.ServiceRecord, 'territoryPath', organizationId, prefix),
    rebasePaths(ctx.models.Feedback, 'territoryPath', organizationId, prefix),
  ]);
  await ctx.moves.record(organizationId, prefix);
  return counts.reduce((a, b) => a + b, 0);
}
