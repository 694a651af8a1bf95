import { DateTime } from '../../../platform/server/subgraph';
import { Activity, ActivityQuery, ActivitySignUp, MemberActivities, OrganizationActivities, UnitActivities } from './Activity';
import { Claim, HistoryEntry } from './Claim';
import { ListItem, MeetingDecision, Need, Offer, Project } from './ListItem';
import { Invitation, Match, MatchingMutation, MatchingQuery } from './Matching';
import { Mutation } from './Mutation';
import { InboxConnection, Notification, NotificationMutation, NotificationQuery, NotificationSubject, Webhook, WebhookDelivery } from './Notifications';
import { Member, Organization, ResidentUnit } from './Parties';
import { Query } from './Query';
import { OrganizationRequests, Photo, Reminder, Request, RequestMutation, RequestQuery, RequestRating, TimeLimitTable, Transfer, UnitWhistles, WhistleCall } from './Requests';
import { ReviewRecord } from './ReviewRecord';
import { OrganizationStatistics, Statistics, UnitContribution } from './Statistics';
import { byTypename } from './refs';
import { Agreement, AgreementFulfilment, CommitmentShortfall, OrganizationCommitments, UnitCommitments } from './Commitments';
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
  Photo,
  Transfer,
  Reminder,
  TimeLimitTable,
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
  ReviewRecord,
  Agreement,
  AgreementFulfilment,
  CommitmentShortfall,
  Organization: { ...Organization, ...OrganizationRequests, ...OrganizationStatistics, ...OrganizationActivities, ...OrganizationCommitments },
  ResidentUnit: { ...ResidentUnit, ...UnitWhistles, ...UnitActivities, ...UnitCommitments },
  Member: { ...Member, ...MemberActivities },
  Party: byTypename,
  Claimant: byTypename,
  Participant: byTypename,
} satisfies Resolvers;
