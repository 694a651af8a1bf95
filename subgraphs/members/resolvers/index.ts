import { DateTime } from '../../../platform/subgraph';
import { Member } from './Member';
import { Organization } from './Organization';
import { Query } from './Query';

export const resolvers = { DateTime, Query, Member, Organization };
