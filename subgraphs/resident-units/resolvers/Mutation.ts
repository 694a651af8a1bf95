import * as territory from '../app/territory';
import * as units from '../app/units';
import * as agreements from '../app/agreements';
import type { MutationResolvers } from '../generated/resolvers';

/** The resident-units subgraph's mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  syncUnitsTerritory: (_root, args, ctx) => territory.syncUnitsTerritory(ctx, args),
  registerResidentUnit: (_root, args, ctx) => units.registerResidentUnit(ctx, args),
  updateResidentUnit: (_root, args, ctx) => units.updateResidentUnit(ctx, args),
  evaluateResidentUnit: (_root, args, ctx) => units.evaluateResidentUnit(ctx, args),
  draftAgreement: (_root, args, ctx) => agreements.draftAgreement(ctx, args),
  signAgreement: (_root, args, ctx) => agreements.signAgreement(ctx, args),
  terminateAgreement: (_root, args, ctx) => agreements.terminateAgreement(ctx, args),
  withdrawAgreement: (_root, args, ctx) => agreements.withdrawAgreement(ctx, args),
  renewAgreement: (_root, args, ctx) => agreements.renewAgreement(ctx, args),
};
