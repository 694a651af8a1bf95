import type { RequestScope } from '../../platform/server/subgraph';
import { territoryMoves } from '../../platform/rules/territory-moves';
import { actorOf } from './domain/parties';
import { createLoaders } from './loaders';
import type { ServicesModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ServicesModels, { principal, directory, authorization }: RequestScope) {
  const actor = principal ? actorOf(principal) : null;
  return {
    models,
    principal,
    actor,
    /** One clock reading per request: every rule in it sees the same "now". */
    now: new Date(),
    /** The moves this subgraph keeps (it records one when it brings its copies in line). */
    moves: territoryMoves(models.Item.db),
    territory: directory.loader(),
    units: directory.unitLoader(),
    agreements: directory.agreementLoader(),
    /** Agreements (resident-units) with their terms and commitments, as the caller may read them. */
    agreementTerms: directory.agreementTermsLoader(authorization),
    /** Every agreement of a partner's territory or of a unit in some statuses, as the caller may read them. */
    agreementsOf: (parent: { typename: 'Organization' | 'ResidentUnit'; id: string }, statuses: readonly string[]) =>
      directory.agreementsOf(parent, statuses, authorization),
    /** Asks the members subgraph to put an activity's checked-in hours on the members' records, with the caller's token. */
    recordActivityHours: (activityId: string) => directory.recordActivityHours(activityId, authorization),
    /** Joint meetings' decisions (organizations subgraph) as the caller may read them, for publishing from one. */
    decisions: directory.decisionLoader(authorization),
    loaders: createLoaders(models, actor),
  };
}

export type Context = ReturnType<typeof createContext>;
