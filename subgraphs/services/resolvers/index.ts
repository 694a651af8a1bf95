import { DateTime } from '../../../platform/subgraph';
import { Need } from './Need';
import { Offer } from './Offer';
import { Organization } from './Organization';
import { Query } from './Query';
import { ResidentUnit } from './ResidentUnit';

export const resolvers = { DateTime, Query, Need, Offer, Organization, ResidentUnit };
