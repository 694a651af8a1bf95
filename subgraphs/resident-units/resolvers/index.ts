import { Organization } from './Organization';
import { Query } from './Query';
import { ResidentUnit } from './ResidentUnit';

export const resolvers = { Query, ResidentUnit, Organization };
