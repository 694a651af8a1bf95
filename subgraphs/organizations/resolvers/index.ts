import { DateTime } from '../../../platform/server/subgraph';
import { Mutation } from './Mutation';
import { CommitteeSeat, Organization } from './Organization';
import { Query } from './Query';
import type { Resolvers } from '../generated/resolvers';

export const resolvers = { DateTime, Query, Mutation, Organization, CommitteeSeat } satisfies Resolvers;
