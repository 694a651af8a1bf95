import { DateTime } from '../../../platform/subgraph';
import { Claim, HistoryEntry } from './Claim';
import { ListItem, Need, Offer, Project } from './ListItem';
import { Invitation, Match, MatchingMutation, MatchingQuery } from './Matching';
import { Mutation } from './Mutation';
import { Member, Organization, ResidentUnit } from './Parties';
import { Query } from './Query';
import type { TypedRef } from './refs';

const byTypename = { __resolveType: (ref: TypedRef) => ref.__typename };

export const resolvers = {
  DateTime,
  Query: { ...Query, ...MatchingQuery },
  Mutation: { ...Mutation, ...MatchingMutation },
  Match,
  Invitation,
  ListItem,
  Need,
  Offer,
  Project,
  Claim,
  HistoryEntry,
  Organization,
  ResidentUnit,
  Member,
  Party: byTypename,
  Claimant: byTypename,
};
