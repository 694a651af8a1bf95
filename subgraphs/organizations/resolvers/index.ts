import { DateTime } from '../../../platform/server/subgraph';
import { Mutation } from './Mutation';
import { CommitteeSeat, Organization, ResidentUnit } from './Organization';
import { RaterScores, ReviewParty, ReviewRater, ReviewRound } from './Reviews';
import { Query } from './Query';
import { DecisionOwner, JointMeeting, MeetingDecision, MeetingInvitee } from './JointMeeting';
import { Statistics } from './Statistics';
import type { Resolvers } from '../generated/resolvers';

export const resolvers = { DateTime, Query, Mutation, Organization, CommitteeSeat, JointMeeting, MeetingInvitee, MeetingDecision, DecisionOwner, Statistics, ResidentUnit, ReviewRound, ReviewRater, ReviewParty, RaterScores } satisfies Resolvers;
