import { Organization } from './Organization';
import { Query } from './Query';

export const resolvers = { Query, Organization };
