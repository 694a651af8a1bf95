import { DateTime } from '../../../platform/server/subgraph';
import { Activity, ActivityQuery, ActivitySignUp, MemberActivities, OrganizationActivities, UnitActivities } from './Activity';
import { Claim, HistoryEntry } from './Claim';
import { ListItem, MeetingDecision, Need, Offer, Project } from './ListItem';
import { Invitation, Match, MatchingMutation, MatchingQuery } from './Matching';
import { Mutation } from './Mutation';
import { InboxConnection, Notification, NotificationMutation, NotificationQuery, NotificationSubject, Webhook, WebhookDelivery } from './Notifications';
import { Member, Organization, ResidentUnit } from './Parties';
import { Query } from './Query';
import { OrganizationRequests, Request, RequestMutation, RequestQuery, RequestRating, UnitWhistles, WhistleCall } from './Requests';
import { OrganizationStatistics, Statistics, UnitContribution } from './Statistics';
import { byTypename } from './refs';
import type { Resolvers } from '../generated/resolvers';

export const resolvers = {
  DateTime,
  Query: { ...Query, ...MatchingQuery, ...RequestQuery, ...ActivityQuery, ...NotificationQuery },
  Mutation: { ...Mutation, ...MatchingMutation, ...RequestMutation, ...NotificationMutation },
  Notification,
  NotificationSubject,
  InboxConnection,
  Webhook,
  WebhookDelivery,
  Request,
  WhistleCall,
  RequestRating,
  Statistics,
  UnitContribution,
  Match,
  Invitation,
  ListItem,
  Need,
  Offer,
  Project,
  MeetingDecision,
  Claim,
  HistoryEntry,
  Activity,
  ActivitySignUp,
  Organization: { ...Organization, ...OrganizationRequests, ...OrganizationStatistics, ...OrganizationActivities },
  ResidentUnit: { ...ResidentUnit, ...UnitWhistles, ...UnitActivities },
  Member: { ...Member, ...MemberActivities },
  Party: byTypename,
  Claimant: byTypename,
  Participant: byTypename,
} satisfies Resolvers;
