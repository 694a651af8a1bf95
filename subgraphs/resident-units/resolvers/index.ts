import { DateTime } from '../../../platform/server/subgraph';
import { Agreement, Evaluation } from './Agreement';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { Query } from './Query';
import { ResidentUnit } from './ResidentUnit';
import { ReviewRecord } from './ReviewRecord';
import type { Resolvers } from '../generated/resolvers';

export const resolvers = { DateTime, Query, Mutation, ResidentUnit, Agreement, Evaluation, Organization, ReviewRecord } satisfies Resolvers;
