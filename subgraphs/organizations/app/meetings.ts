import { Types } from 'mongoose';
import { governs, requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, ledgerHead, projectForward, recordFirst, type LedgerEntry } from '../../../platform/data/ledger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type Outcome, type UserError } from '../../../platform/rules/user-errors';
import { COMMITTEE_KINDS } from '../domain/committee';
import {
  conveneState,
  decideAttendance,
  decideCancel,
  decideDecision,
  decideFollowUp,
  decideMinutes,
  decisionKey,
  inviteesOn,
  meetingKey,
  recordedDecisionState,
  seatOwnerProblem,
  validateConvening,
  type DecisionEvent,
  type DecisionState,
  type MeetingEvent,
  type MeetingState,
} from '../domain/meetings';
import { KIND_LABEL, pathOf } from '../domain/tree';
import { ownsDecision, visibleDecision, visibleMeeting } from '../loaders/visible';
import { load, noSuch } from './organizations';
import type { Context } from '../context';
import type { JointMeetingDoc, MeetingDecisionDoc } from '../models';
import type {
  MutationCancelJointMeetingArgs,
  MutationConveneJointMeetingArgs,
  MutationRecordMeetingAttendanceArgs,
  MutationRecordMeetingDecisionArgs,
  MutationRecordMeetingMinutesArgs,
  MutationUpdateDecisionArgs,
  RecordMeetingDecisionInput,
} from '../generated/resolvers';

/* Commands on a committee's joint meetings (联席会议) and their decisions, each decided on a ledger. */

const meetingFailure = (...errors: UserError[]) => ({ meeting: null, errors });
const decisionFailure = (...errors: UserError[]) => ({ decision: null, errors });
const noMeeting = (field: string) => userError('NOT_FOUND', '联席会议不存在 · no such joint meeting', field);

/** The meeting's state from its ledger's head, whatever the projection shows. */
const meetingHead = (ctx: Context, meeting: JointMeetingDoc) => ledgerHead<MeetingState>(ctx.models.MeetingLedger, meetingKey(meeting._id), conveneState());

/** The meeting document in line with an entry (forward only: an older entry never overwrites a newer one). */
const projectMeeting = (ctx: Context, meeting: JointMeetingDoc, entry: LedgerEntry<{ state: MeetingState }>) => {
  const { state } = entry.data;
  return projectForward<JointMeetingDoc>(ctx.models.JointMeeting, meeting._id, entry, () => ({
    status: state.status,
    attendance: state.attendance,
    presentCount: Object.values(state.attendance).filter((a) => a.attended).length,
    minutes: state.minutes,
    heldAt: state.heldAt ? new Date(state.heldAt) : null,
    cancelReason: state.cancelReason,
  }));
};

/** A meeting the caller sees and governs (the committees over its organisation), or why not. */
async function governedMeeting(ctx: Context, id: string, field: string, what: string): Promise<JointMeetingDoc | UserError> {
  const principal = requirePrincipal(ctx.principal);
  const meeting = await visibleMeeting(ctx, id);
  if (!meeting) return noMeeting(field);
  const org = await ctx.loaders.organization.load(String(meeting.organizationId));
  requireGoverns(principal, org ? pathOf(org) : [], what);
  return meeting;
}

/** Decides an act on the meeting on its ledger, projects it, and answers the meeting as it now stands. */
async function actOnMeeting(ctx: Context, meeting: JointMeetingDoc, decide: (state: MeetingState) => Outcome<MeetingEvent>) {
  const outcome = await appendDecision<MeetingState, MeetingEvent['data'], MeetingEvent>({
    ledger: ctx.models.MeetingLedger,
    key: meetingKey(meeting._id),
    actor: ctx.principal!.subject,
    read: () => meetingHead(ctx, meeting),
    decide: (state) => asDecision(decide(state)),
    after: (entry) => projectMeeting(ctx, meeting, entry),
  });
  if (!outcome.ok) return meetingFailure(...outcome.errors);
  return { meeting: (await ctx.models.JointMeeting.findById(meeting._id).lean())!, errors: [] };
}

export async function conveneJointMeeting(ctx: Context, { input }: MutationConveneJointMeetingArgs) {
  const principal = requirePrincipal(ctx.principal);
  const org = await load(ctx, input.organizationId);
  if (!org) return meetingFailure(noSuch('input.organizationId'));
  requireGoverns(principal, pathOf(org), 'convene its joint meetings');
  if (!COMMITTEE_KINDS.includes(org.kind)) {
    return meetingFailure(
      userError('NO_COMMITTEE_SEATS', `${KIND_LABEL[org.kind]}不设大党委,只有社区大党委和街道大工委召开联席会议 · only a community's or a street's committee meets`, 'input.organizationId'),
    );
  }
  const errors = validateConvening(input, ctx.now);
  if (errors.length) return meetingFailure(...errors);
  // The seats held on the meeting's day are its invitees, kept as they are now: a seat ended later
  // still shows it was invited, a seat added later was not.
  const invitees = inviteesOn(await ctx.loaders.seatsOf.load(String(org._id)), input.scheduledAt);
  if (!invitees.length) {
    return meetingFailure(userError('NO_INVITEES', '该委员会在会议当天没有在任委员 · the committee has no seat held on that day', 'input.scheduledAt'));
  }
  const _id = new Types.ObjectId();
  const state = conveneState();
  // The first entry: no one else knows the meeting yet. The document is written after it, so a
  // meeting that exists always has its ledger.
  await recordFirst(ctx.models.MeetingLedger, meetingKey(_id), { action: 'CONVENE', actor: principal.subject, at: ctx.now, data: { state } });
  const meeting = await ctx.models.JointMeeting.create({
    _id,
    organizationId: org._id,
    title: input.title.trim(),
    scheduledAt: input.scheduledAt,
    place: input.place.trim(),
    agenda: input.agenda.map((topic) => topic.trim()),
    invitees,
    status: state.status,
    attendance: {},
    presentCount: 0,
    invitedCount: invitees.length,
    minutes: null,
    heldAt: null,
    cancelReason: null,
    convenedBy: principal.subject,
    seq: 1,
  });
  return { meeting: meeting.toObject() as JointMeetingDoc, errors: [] };
}

export async function cancelJointMeeting(ctx: Context, { id, reason }: MutationCancelJointMeetingArgs) {
  const meeting = await governedMeeting(ctx, id, 'id', 'cancel its joint meetings');
  if (!('_id' in meeting)) return meetingFailure(meeting);
  return actOnMeeting(ctx, meeting, (state) => decideCancel(state, reason));
}

export async function recordMeetingAttendance(ctx: Context, { id, attendance }: MutationRecordMeetingAttendanceArgs) {
  const meeting = await governedMeeting(ctx, id, 'id', 'record the attendance of its joint meetings');
  if (!('_id' in meeting)) return meetingFailure(meeting);
  return actOnMeeting(ctx, meeting, (state) => decideAttendance(state, meeting, attendance, ctx.now));
}

export async function recordMeetingMinutes(ctx: Context, { id, minutes }: MutationRecordMeetingMinutesArgs) {
  const meeting = await governedMeeting(ctx, id, 'id', 'record the minutes of its joint meetings');
  if (!('_id' in meeting)) return meetingFailure(meeting);
  return actOnMeeting(ctx, meeting, (state) => decideMinutes(state, meeting, minutes, ctx.now));
}

/**
 * What is wrong with a decision's owner, if anything: an organisation or a unit of the committee's
 * territory (a unit is asked of the resident-units subgraph, through the directory), or a seat the
 * meeting invited.
 */
async function ownerProblem(ctx: Context, meeting: JointMeetingDoc, owner: RecordMeetingDecisionInput['owner']): Promise<UserError | null> {
  const outside = userError('INVALID_OWNER', '责任方须是本委员会辖区内的党组织或驻区单位 · the owner must be an organisation or unit of the committee\'s territory', 'input.owner.id');
  if (!isObjectId(owner.id)) return owner.type === 'SEAT' ? seatOwnerProblem(meeting, owner.id) : outside;
  const committee = String(meeting.organizationId);
  if (owner.type === 'SEAT') return seatOwnerProblem(meeting, owner.id);
  if (owner.type === 'ORGANIZATION') {
    const org = await ctx.loaders.organization.load(owner.id);
    return org && pathOf(org).some((id) => String(id) === committee) ? null : outside;
  }
  const unit = await ctx.units.load(owner.id);
  return unit && unit.path.includes(committee) ? null : outside;
}

export async function recordMeetingDecision(ctx: Context, { input }: MutationRecordMeetingDecisionArgs) {
  const meeting = await governedMeeting(ctx, input.meetingId, 'input.meetingId', 'record the decisions of its joint meetings');
  if (!('_id' in meeting)) return decisionFailure(meeting);
  const problem = await ownerProblem(ctx, meeting, input.owner);
  const decisionId = new Types.ObjectId();
  const outcome = await appendDecision<MeetingState, MeetingEvent['data'], MeetingEvent>({
    ledger: ctx.models.MeetingLedger,
    key: meetingKey(meeting._id),
    actor: ctx.principal!.subject,
    read: () => meetingHead(ctx, meeting),
    // Decided on the meeting's ledger: a decision and a cancellation at the same moment take turns.
    decide: (state) => asDecision(decideDecision(state, input, String(decisionId), ctx.now, problem)),
    // The decision's document is written from the entry, which holds all of it (the audit trail too).
    after: async (entry) => {
      await projectMeeting(ctx, meeting, entry);
      const { decision } = entry.data as Extract<MeetingEvent, { action: 'DECISION' }>['data'];
      const state = recordedDecisionState();
      await recordFirst(ctx.models.MeetingLedger, decisionKey(decisionId), { action: 'RECORD', actor: entry.actor, at: entry.at, data: { state } });
      await ctx.models.MeetingDecision.create({
        _id: decisionId,
        meetingId: meeting._id,
        organizationId: meeting.organizationId,
        meetingScheduledAt: meeting.scheduledAt,
        text: decision.text,
        kind: decision.kind,
        owner: decision.owner,
        dueOn: new Date(decision.dueOn),
        status: state.status,
        followUps: [],
        recordedAt: entry.at,
        closedAt: null,
        seq: 1,
      });
    },
  });
  if (!outcome.ok) return decisionFailure(...outcome.errors);
  return { decision: (await ctx.models.MeetingDecision.findById(decisionId).lean())!, errors: [] };
}

export async function updateDecision(ctx: Context, { id, input }: MutationUpdateDecisionArgs) {
  const principal = requirePrincipal(ctx.principal);
  const decision = await visibleDecision(ctx, id);
  if (!decision) return decisionFailure(userError('NOT_FOUND', '会议决定不存在 · no such decision', 'id'));
  const org = await ctx.loaders.organization.load(String(decision.organizationId));
  if (!(org && governs(principal, pathOf(org))) && !(await ownsDecision(ctx, principal, decision))) {
    throw forbidden("Only the committee that made the decision, or the decision's owner, may follow it up");
  }
  const key = decisionKey(decision._id);
  const outcome = await appendDecision<DecisionState, DecisionEvent['data'], DecisionEvent>({
    ledger: ctx.models.MeetingLedger,
    key,
    actor: principal.subject,
    read: () => ledgerHead<DecisionState>(ctx.models.MeetingLedger, key, recordedDecisionState()),
    decide: (state) => asDecision(decideFollowUp(state, input, principal.subject, ctx.now)),
    after: (entry) =>
      projectForward<MeetingDecisionDoc>(ctx.models.MeetingDecision, decision._id, entry, () => ({
        status: entry.data.state.status,
        followUps: entry.data.state.followUps,
        closedAt: entry.data.state.closedAt ? new Date(entry.data.state.closedAt) : null,
      })),
  });
  if (!outcome.ok) return decisionFailure(...outcome.errors);
  return { decision: (await ctx.models.MeetingDecision.findById(decision._id).lean())!, errors: [] };
}
