import { DateTime } from '../../../platform/server/subgraph';
import { Feedback, Member, ServiceRecord } from './Member';
import { Mutation } from './Mutation';
import { Organization, ResidentUnit } from './Organization';
import { Query } from './Query';
import { ReviewRecord } from './ReviewRecord';
import { EmployerHours, Statistics } from './Statistics';
import type { Resolvers } from '../generated/resolvers';

export const resolvers = { DateTime, Query, Mutation, Member, ServiceRecord, Feedback, Organization, ResidentUnit, Statistics, EmployerHours, ReviewRecord } satisfies Resolvers;
