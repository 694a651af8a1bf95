import { DateTime } from '../../../platform/subgraph';
import { Mutation } from './Mutation';
import { CommitteeSeat, Organization } from './Organization';
import { Query } from './Query';

export const resolvers = { DateTime, Query, Mutation, Organization, CommitteeSeat };
