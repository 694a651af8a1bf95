import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationDoc, CommitteeSeatDoc, JointMeetingDoc, MeetingDecisionDoc, ReviewRoundDoc, ReviewPartyDoc } from '../models';
import type { Connection, Edge } from '../../../platform/data/pagination';
import type { InviteeOut } from '../resolvers/JointMeeting';
import type { FollowUp } from '../domain/meetings';
import type { StatisticsScope } from '../../../platform/rules/statistics';
import type { EntityRef } from '../../../platform/server/subgraph';
import type { Rater, Report, Figures } from '../domain/reviews';
import type { RaterScoresOut } from '../resolvers/Reviews';
import type { LedgerEntry } from '../../../platform/data/ledger';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 日期时间 · An instant, as an ISO 8601 string in UTC. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * 党组织 · Organization: a node of the Party organisation tree — city, district,
 * street working committee, community committee, grid branch, building group —
 * or a Party organisation beside it (resident units', joint, industry), attached
 * to the street or community where it sits (属地).
 */
export type Organization = {
  __typename?: 'Organization';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 名称 · Full name, e.g. 泉城路街道党工委. */
  name: Scalars['String']['output'];
  /** 类型 · What kind of organisation this is. */
  kind: OrganizationKind;
  /** 区划代码 · Territory code of the area it covers (district 6 digits, street 9, community 12, then 3 more a level). */
  territoryCode: Scalars['String']['output'];
  /** 上级党组织 · The organisation directly above; null for the root. */
  parent?: Maybe<Organization>;
  /** 上级链 · Every organisation above this one, root first (市委 → 区委 → 街道党工委 → …). */
  ancestors: Array<Organization>;
  /** 下级党组织 · Organisations directly below, in creation order. */
  children: OrganizationConnection;
  /** 户数 · Households in the territory (a grid is about 150), when known. */
  households?: Maybe<Scalars['Int']['output']>;
  /** 楼栋数 · Residential buildings in the territory, when known. */
  buildings?: Maybe<Scalars['Int']['output']>;
  /** 分类定级 · The latest yearly grading, if any. */
  grading?: Maybe<Grading>;
  /** 历年定级 · Every yearly grading, newest first. */
  gradings: Array<Grading>;
  /**
   * 大党委 · The organisation's committee (社区大党委 / 街道大工委): its current seats,
   * full-time and part-time (兼职委员), in order of role. `asOf` picks another day.
   */
  bigPartyCommittee: Array<CommitteeSeat>;
  /**
   * 联席会议 · The joint meetings this committee convened, newest convened first. For the committees
   * that govern it and the members who hold or held a seat on it.
   */
  jointMeetings: JointMeetingConnection;
  /**
   * 未办结决定 · The open decisions of this committee's joint meetings, in the order they were made;
   * each says whether it is overdue. For the same callers as `jointMeetings`.
   */
  openDecisions: MeetingDecisionConnection;
  /**
   * 年度述职评议 · The annual review rounds (述职评议 · 双述双评) this committee opened, newest year first.
   * For the committees that govern it.
   */
  reviewRounds: ReviewRoundConnection;
};


/**
 * 党组织 · Organization: a node of the Party organisation tree — city, district,
 * street working committee, community committee, grid branch, building group —
 * or a Party organisation beside it (resident units', joint, industry), attached
 * to the street or community where it sits (属地).
 */
export type OrganizationChildrenArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党组织 · Organization: a node of the Party organisation tree — city, district,
 * street working committee, community committee, grid branch, building group —
 * or a Party organisation beside it (resident units', joint, industry), attached
 * to the street or community where it sits (属地).
 */
export type OrganizationBigPartyCommitteeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * 党组织 · Organization: a node of the Party organisation tree — city, district,
 * street working committee, community committee, grid branch, building group —
 * or a Party organisation beside it (resident units', joint, industry), attached
 * to the street or community where it sits (属地).
 */
export type OrganizationJointMeetingsArgs = {
  status?: InputMaybe<MeetingStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党组织 · Organization: a node of the Party organisation tree — city, district,
 * street working committee, community committee, grid branch, building group —
 * or a Party organisation beside it (resident units', joint, industry), attached
 * to the street or community where it sits (属地).
 */
export type OrganizationOpenDecisionsArgs = {
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党组织 · Organization: a node of the Party organisation tree — city, district,
 * street working committee, community committee, grid branch, building group —
 * or a Party organisation beside it (resident units', joint, industry), attached
 * to the street or community where it sits (属地).
 */
export type OrganizationReviewRoundsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 分类定级 · A yearly grading of a Party organisation. */
export type Grading = {
  __typename?: 'Grading';
  /** 年度 · The year graded. */
  year: Scalars['Int']['output'];
  /** 等级 · The grade. */
  level: GradingLevel;
  /** 评定时间 · When it was recorded. */
  gradedAt: Scalars['DateTime']['output'];
};

/** 定级等次 · Grade of a Party organisation. */
export const GradingLevel = {
  /** 先进 · Advanced. */
  ADVANCED: 'ADVANCED',
  /** 一般 · Average. */
  AVERAGE: 'AVERAGE',
  /** 后进 · Lagging. */
  LAGGING: 'LAGGING',
  /** 软弱涣散 · Weak and lax. */
  WEAK: 'WEAK'
} as const;

export type GradingLevel = typeof GradingLevel[keyof typeof GradingLevel];
/**
 * 委员席位 · CommitteeSeat: a seat on an organisation's committee, held by a
 * member for a term; a part-time seat (兼职委员) is held by a member who leads
 * the Party organisation of a resident unit.
 */
export type CommitteeSeat = {
  __typename?: 'CommitteeSeat';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 所属党组织 · The organisation whose committee this is. */
  organization: Organization;
  /** 委员 · The member holding the seat. */
  member?: Maybe<Member>;
  /** 职务 · The seat's role. */
  role: SeatRole;
  /** 兼职委员 · True for a part-time seat held by a resident unit's Party leader. */
  partTime: Scalars['Boolean']['output'];
  /** 所在单位 · For a part-time seat, the resident unit the member leads. */
  unit?: Maybe<ResidentUnit>;
  /** 任期开始 · First day of the term. */
  termStart: Scalars['DateTime']['output'];
  /** 任期结束 · Last day of the term, if set. */
  termEnd?: Maybe<Scalars['DateTime']['output']>;
};

/** 委员职务 · Role on a Party committee. */
export const SeatRole = {
  /** 书记 · Secretary. */
  SECRETARY: 'SECRETARY',
  /** 副书记 · Deputy secretary. */
  DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  /** 委员 · Committee member. */
  MEMBER: 'MEMBER'
} as const;

export type SeatRole = typeof SeatRole[keyof typeof SeatRole];
/**
 * 联席会议 · JointMeeting: a meeting of a big Party committee (社区大党委 / 街道大工委) with its seats —
 * part-time members (兼职委员) from the resident units among them — to study and settle the territory's
 * co-building work: agenda, attendance, minutes (会议纪要) and decisions, whose follow-up the next meeting
 * reads. Visible to the committees that govern the convening organisation and to the members who hold
 * or held a seat on its committee.
 */
export type JointMeeting = {
  __typename?: 'JointMeeting';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 召集党组织 · The community or street whose committee convened it. */
  organization: Organization;
  /** 会议名称 · E.g. 2026年第二季度联席会议. */
  title: Scalars['String']['output'];
  /** 召开时间 · When it is (or was) to be held. */
  scheduledAt: Scalars['DateTime']['output'];
  /** 地点 · Where. */
  place: Scalars['String']['output'];
  /** 议程 · The topics, in order. */
  agenda: Array<Scalars['String']['output']>;
  /** 状态 · Scheduled, held or cancelled. */
  status: MeetingStatus;
  /** 参会委员 · The committee's seats when it was convened, each with its attendance once recorded. */
  invitees: Array<MeetingInvitee>;
  /** 出席率 · Seats present / seats invited, once attendance is recorded; null before. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** 会议纪要 · The minutes, recorded after it was held. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** 召开确认时间 · When the minutes were first recorded (the meeting marked held). */
  heldAt?: Maybe<Scalars['DateTime']['output']>;
  /** 取消原因 · Why it was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** 决定事项 · The decisions it made, in order. */
  decisions: Array<MeetingDecision>;
  /**
   * 前次决定跟进 · Decisions of the same committee's earlier meetings that are still open, or were
   * closed in the 90 days before this meeting or since: what this meeting follows up, oldest first.
   */
  previousDecisions: Array<MeetingDecision>;
  /** 召集时间 · When it was convened. */
  convenedAt: Scalars['DateTime']['output'];
};

/** 会议状态 · Where a joint meeting is. */
export const MeetingStatus = {
  /** 已召集 · Convened, not yet held. */
  SCHEDULED: 'SCHEDULED',
  /** 已召开 · Held: its minutes are recorded. */
  HELD: 'HELD',
  /** 已取消 · Cancelled before it was held. */
  CANCELLED: 'CANCELLED'
} as const;

export type MeetingStatus = typeof MeetingStatus[keyof typeof MeetingStatus];
/** 参会委员 · A seat invited to a joint meeting, as it was when the meeting was convened. */
export type MeetingInvitee = {
  __typename?: 'MeetingInvitee';
  /** 委员席位 · The seat. */
  seat?: Maybe<CommitteeSeat>;
  /** 委员 · The member who held it. */
  member?: Maybe<Member>;
  /** 职务 · The seat's role then. */
  role: SeatRole;
  /** 兼职委员 · A part-time seat. */
  partTime: Scalars['Boolean']['output'];
  /** 所在单位 · For a part-time seat, the unit the member leads. */
  unit?: Maybe<ResidentUnit>;
  /** 出席 · True present, false absent; null until attendance is recorded. */
  attended?: Maybe<Scalars['Boolean']['output']>;
  /** 缺席原因 · Why the member was absent (请假事由). */
  absenceReason?: Maybe<Scalars['String']['output']>;
};

/**
 * 会议决定 · MeetingDecision: something a joint meeting decided, with an owner (责任方) and a due date: a
 * task, or a need or project that is then published on the lists (the services subgraph links the item).
 */
export type MeetingDecision = {
  __typename?: 'MeetingDecision';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 会议 · The meeting that made it; null to an owner who may not read the meeting (a unit's admin). */
  meeting?: Maybe<JointMeeting>;
  /** 决定内容 · What was decided. */
  text: Scalars['String']['output'];
  /** 类型 · A task, or a need or project to publish. */
  kind: DecisionKind;
  /** 责任方 · Who carries it out: an organisation, a resident unit or a seat of the committee. */
  owner?: Maybe<DecisionOwner>;
  /** 完成期限 · The day it is due. */
  dueOn: Scalars['DateTime']['output'];
  /** 状态 · Open, done or dropped. */
  status: DecisionStatus;
  /** 超期 · Still open past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** 跟进记录 · Follow-up notes, oldest first. */
  followUps: Array<DecisionFollowUp>;
  /** 作出时间 · When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** 办结时间 · When it was marked done or dropped. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** 决定类型 · What a decision becomes. */
export const DecisionKind = {
  /** 任务 · A task for its owner. */
  TASK: 'TASK',
  /** 需求 · A need to publish on the needs list (需求清单). */
  NEED: 'NEED',
  /** 项目 · A co-building project to publish on the project list (项目清单). */
  PROJECT: 'PROJECT'
} as const;

export type DecisionKind = typeof DecisionKind[keyof typeof DecisionKind];
/** 决定状态 · Where a decision is. */
export const DecisionStatus = {
  /** 办理中 · Open. */
  OPEN: 'OPEN',
  /** 已办结 · Done. */
  DONE: 'DONE',
  /** 已撤销 · Dropped, with a reason. */
  DROPPED: 'DROPPED'
} as const;

export type DecisionStatus = typeof DecisionStatus[keyof typeof DecisionStatus];
/** 责任方 · Who carries out a decision. */
export type DecisionOwner = Organization | ResidentUnit | CommitteeSeat;

/** 责任方类型 · The kind of a decision's owner. */
export const DecisionOwnerType = {
  /** 党组织 · An organisation in the committee's territory. */
  ORGANIZATION: 'ORGANIZATION',
  /** 驻区单位 · A resident unit of the committee's territory. */
  RESIDENT_UNIT: 'RESIDENT_UNIT',
  /** 委员 · A seat of the committee (the member who holds it). */
  SEAT: 'SEAT'
} as const;

export type DecisionOwnerType = typeof DecisionOwnerType[keyof typeof DecisionOwnerType];
/** 跟进记录 · A follow-up note on a decision. */
export type DecisionFollowUp = {
  __typename?: 'DecisionFollowUp';
  /** 内容 · What was done or found. */
  note: Scalars['String']['output'];
  /** 状态 · The decision's status after this note. */
  status: DecisionStatus;
  /** 时间 · When. */
  at: Scalars['DateTime']['output'];
};

/** 联席会议分页 · A page of joint meetings. */
export type JointMeetingConnection = {
  __typename?: 'JointMeetingConnection';
  /** 边 · The meetings of this page with their cursors. */
  edges: Array<JointMeetingEdge>;
  /** 节点 · The meetings of this page. */
  nodes: Array<JointMeeting>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 联席会议分页边 · A meeting and its cursor. */
export type JointMeetingEdge = {
  __typename?: 'JointMeetingEdge';
  /** 游标 · Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** 联席会议 · The meeting. */
  node: JointMeeting;
};

/** 会议决定分页 · A page of decisions. */
export type MeetingDecisionConnection = {
  __typename?: 'MeetingDecisionConnection';
  /** 边 · The decisions of this page with their cursors. */
  edges: Array<MeetingDecisionEdge>;
  /** 节点 · The decisions of this page. */
  nodes: Array<MeetingDecision>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 会议决定分页边 · A decision and its cursor. */
export type MeetingDecisionEdge = {
  __typename?: 'MeetingDecisionEdge';
  /** 游标 · Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** 会议决定 · The decision. */
  node: MeetingDecision;
};

/**
 * 统计 · A territory's figures for a period (see the services subgraph); the organizations subgraph adds
 * the joint meetings of the territory's committees. For the committees of the territory.
 */
export type Statistics = {
  __typename?: 'Statistics';
  /** 组织 · The organisation whose territory is counted. */
  organizationId: Scalars['ID']['output'];
  /** 起始时间 · Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** 截止时间 · End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
  /** 联席会议 · Joint meetings scheduled in the period and decisions made in it. */
  meetings?: Maybe<MeetingStatistics>;
  /** 述职评议 · Annual review rounds of the territory's committees for the years that start in the period, and their grades. */
  reviews?: Maybe<ReviewStatistics>;
};

/** 述职评议统计 · The annual reviews of a territory's committees for the years that start in a period. */
export type ReviewStatistics = {
  __typename?: 'ReviewStatistics';
  /** 评议轮次 · Review rounds opened for those years. */
  rounds: Scalars['Int']['output'];
  /** 已结束 · Of those, closed (results frozen). */
  closed: Scalars['Int']['output'];
  /** 述职对象 · Parties under review in those rounds. */
  partiesReviewed: Scalars['Int']['output'];
  /** 好 · Parties of closed rounds graded good. */
  good: Scalars['Int']['output'];
  /** 较好 · … graded fairly good. */
  fairlyGood: Scalars['Int']['output'];
  /** 一般 · … graded average. */
  average: Scalars['Int']['output'];
  /** 差 · … graded poor. */
  poor: Scalars['Int']['output'];
  /** 未评定 · … closed without a grade (not every criterion was scored). */
  ungraded: Scalars['Int']['output'];
};

/** 联席会议统计 · Joint meetings of a territory's committees in a period. */
export type MeetingStatistics = {
  __typename?: 'MeetingStatistics';
  /** 召集 · Meetings scheduled in the period (cancelled ones included). */
  convened: Scalars['Int']['output'];
  /** 召开 · Of those, held. */
  held: Scalars['Int']['output'];
  /** 取消 · Of those, cancelled. */
  cancelled: Scalars['Int']['output'];
  /** 平均出席率 · Seats present / seats invited over the meetings held; null when none was held. */
  averageAttendanceRate?: Maybe<Scalars['Float']['output']>;
  /** 决定 · Decisions made in the period. */
  decisions: Scalars['Int']['output'];
  /** 已办结 · Of those, done. */
  decisionsDone: Scalars['Int']['output'];
  /** 已撤销 · Of those, dropped. */
  decisionsDropped: Scalars['Int']['output'];
  /** 当前超期 · Of those, still open past their due date now. */
  decisionsOverdue: Scalars['Int']['output'];
  /** 办结率 · decisionsDone / decisions; null when none was made. */
  completionRate?: Maybe<Scalars['Float']['output']>;
};

/**
 * 年度述职评议 · ReviewRound: a community's big Party committee (or a street's working committee) reviews a
 * year of the resident units and the Party organisations of their in-service members (双述双评): each
 * reports its year (述职报告, its figures generated from its record), the committee's members and the
 * residents' representatives (居民代表) it names score it on the round's criteria, and the committee gives
 * its opinion for 评先评优. Closed, its results are frozen; the committee's 台账 is its export. For the
 * committees that govern the organisation and the round's raters.
 */
export type ReviewRound = {
  __typename?: 'ReviewRound';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 评议党组织 · The community or street whose committee holds the review. */
  organization: Organization;
  /** 年度 · The year reviewed. */
  year: Scalars['Int']['output'];
  /** 名称 · E.g. 2026年度驻区单位述职评议. */
  title: Scalars['String']['output'];
  /** 状态 · Open for reports, scores and opinions; closed once its results are frozen. */
  status: ReviewRoundStatus;
  /** 评议标准 · The criteria with their weights (adding up to 100), in order. */
  criteria: Array<ReviewCriterion>;
  /** 评议人 · The committee members and residents' representatives who score. */
  raters: Array<ReviewRater>;
  /** 述职对象 · The units and Party organisations under review, in the order named. */
  parties: ReviewPartyConnection;
  /** 开始时间 · When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** 结束时间 · When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
};


/**
 * 年度述职评议 · ReviewRound: a community's big Party committee (or a street's working committee) reviews a
 * year of the resident units and the Party organisations of their in-service members (双述双评): each
 * reports its year (述职报告, its figures generated from its record), the committee's members and the
 * residents' representatives (居民代表) it names score it on the round's criteria, and the committee gives
 * its opinion for 评先评优. Closed, its results are frozen; the committee's 台账 is its export. For the
 * committees that govern the organisation and the round's raters.
 */
export type ReviewRoundPartiesArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 评议状态 · Where a review round is. */
export const ReviewRoundStatus = {
  /** 进行中 · Reports, scores and opinions are taken. */
  OPEN: 'OPEN',
  /** 结束中 · Being closed: nothing more is taken; closing it again completes it. */
  CLOSING: 'CLOSING',
  /** 已结束 · Closed: the results are frozen. */
  CLOSED: 'CLOSED'
} as const;

export type ReviewRoundStatus = typeof ReviewRoundStatus[keyof typeof ReviewRoundStatus];
/** 评议标准 · A criterion of a review round and its weight. */
export type ReviewCriterion = {
  __typename?: 'ReviewCriterion';
  /** 名称 · E.g. 履行共建协议; scores name it. */
  name: Scalars['String']['output'];
  /** 权重 · Its share of the weighted score, in per cent. */
  weight: Scalars['Int']['output'];
};

/** 评议人 · Someone the committee named to score the round. */
export type ReviewRater = {
  __typename?: 'ReviewRater';
  /** 党员 · The rater. */
  member?: Maybe<Member>;
  /** 身份 · A member of the committee or a residents' representative. */
  kind: RaterKind;
};

/** 评议人身份 · Whom a rater speaks for: each kind weighs half of a criterion's score when both scored it. */
export const RaterKind = {
  /** 大党委委员 · A member holding a seat on the committee. */
  COMMITTEE_MEMBER: 'COMMITTEE_MEMBER',
  /** 居民代表 · A residents' representative: a member living in the committee's territory. */
  RESIDENT_REPRESENTATIVE: 'RESIDENT_REPRESENTATIVE'
} as const;

export type RaterKind = typeof RaterKind[keyof typeof RaterKind];
/**
 * 述职对象 · ReviewParty: a resident unit or a unit's Party organisation in a review round, with its report,
 * the raters' scores and its result. For the committees over the round, its raters, and the unit's admins.
 */
export type ReviewParty = {
  __typename?: 'ReviewParty';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 评议 · The round; null to a caller who may read the party but not the round (the unit's admin). */
  round?: Maybe<ReviewRound>;
  /** 年度 · The year reviewed. */
  year: Scalars['Int']['output'];
  /** 评议党组织 · The committee that reviews it. */
  organization: Organization;
  /** 类型 · A resident unit or a Party organisation. */
  type: ReviewPartyType;
  /** 驻区单位 · The unit, when it is one. */
  unit?: Maybe<ResidentUnit>;
  /** 党组织 · The Party organisation, when it is one. */
  branch?: Maybe<Organization>;
  /** 评议状态 · The round's status. */
  status: ReviewRoundStatus;
  /** 述职报告 · Its report: the figures of its year and its own words; null until submitted (or generated at close). */
  report?: Maybe<ReviewReport>;
  /** 我的评分 · The caller's own scores, for a rater; empty for others. */
  myScores: Array<CriterionScore>;
  /** 评分 · Each rater's scores. For the committees over the round. */
  scores: Array<RaterScores>;
  /** 已评人数 · How many raters have scored it. */
  ratersScored: Scalars['Int']['output'];
  /** 分项得分 · Per criterion, the score of each kind of rater and their mean. For the committees; for everyone who reads the party once the round is closed. */
  results?: Maybe<Array<CriterionResult>>;
  /** 综合得分 · The weighted score, 0 to 100; null until every criterion has a score. Shown as `results`. */
  weightedScore?: Maybe<Scalars['Float']['output']>;
  /** 等次 · 好 (≥ 90) · 较好 (≥ 75) · 一般 (≥ 60) · 差. Shown as `results`. */
  grade?: Maybe<ReviewGrade>;
  /** 评先评优意见 · The committee's opinion for 评先评优. Shown as `results`. */
  opinion?: Maybe<ReviewOpinion>;
  /** 意见理由 · Why, as the committee gave it. Shown as `results`. */
  opinionReason?: Maybe<Scalars['String']['output']>;
  /** 评议记录 · Every act on it — report, scores, opinion, freezing at close — oldest first: its ledger. For the committees over the round. */
  history: Array<ReviewHistoryEntry>;
};

/** 述职报告 · A party's report of its year. */
export type ReviewReport = {
  __typename?: 'ReviewReport';
  /** 年度实绩 · What its record shows for the year, as read when it was submitted. */
  figures: ReviewFigures;
  /** 述职内容 · Its own account of its year; null for a report generated at close without one. */
  narrative?: Maybe<Scalars['String']['output']>;
  /** 提交时间 · When it was submitted; null for one generated at close. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 生成时间 · When the figures were read. */
  generatedAt: Scalars['DateTime']['output'];
};

/**
 * 年度实绩 · A party's figures for the reviewed year in the committee's territory, read from the subgraphs that
 * keep them (ReviewRecord). A figure that does not apply to the party (claims, activities of a Party
 * organisation) is null.
 */
export type ReviewFigures = {
  __typename?: 'ReviewFigures';
  /** 履约认领 · Claims it gave that were delivered (履约) in the year, its own offers others claimed among them. */
  claimsDelivered?: Maybe<Scalars['Int']['output']>;
  /** 组织活动 · Co-building activities it organised that were held in the year. */
  activitiesOrganised?: Maybe<Scalars['Int']['output']>;
  /** 参加活动 · Activities it was checked in at in the year. */
  activitiesAttended?: Maybe<Scalars['Int']['output']>;
  /** 报到党员 · Its in-service members who reported to the community (双报到). */
  membersReported?: Maybe<Scalars['Int']['output']>;
  /** 志愿服务时长 · Confirmed volunteer hours its reported members served in the year. */
  volunteerHours?: Maybe<Scalars['Float']['output']>;
  /** 承诺履行率 · Share (0–1) of its agreements' commitments with the committee that were met in the year; null when nothing was promised (and for a Party organisation). */
  commitmentsMet?: Maybe<Scalars['Float']['output']>;
};

/** 评分 · A score on one criterion. */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  /** 评议标准 · The criterion's name. */
  criterion: Scalars['String']['output'];
  /** 分数 · 0 to 100. */
  score: Scalars['Int']['output'];
};

/** 评议人评分 · One rater's scores of a party. */
export type RaterScores = {
  __typename?: 'RaterScores';
  /** 评议人 · The rater. */
  rater?: Maybe<Member>;
  /** 身份 · Committee member or residents' representative. */
  kind: RaterKind;
  /** 评分 · One a criterion scored. */
  scores: Array<CriterionScore>;
  /** 评分时间 · When last changed. */
  scoredAt: Scalars['DateTime']['output'];
};

/** 分项得分 · A criterion's result for a party. */
export type CriterionResult = {
  __typename?: 'CriterionResult';
  /** 评议标准 · The criterion's name. */
  criterion: Scalars['String']['output'];
  /** 权重 · Its weight, per cent. */
  weight: Scalars['Int']['output'];
  /** 委员评分 · Mean of the committee members' scores; null if none scored it. */
  committeeMean?: Maybe<Scalars['Float']['output']>;
  /** 居民代表评分 · Mean of the residents' representatives' scores; null if none scored it. */
  residentMean?: Maybe<Scalars['Float']['output']>;
  /** 得分 · The mean of the two (each kind half), or the one there is; null if no one scored it. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** 评议等次 · A party's grade in an annual review. */
export const ReviewGrade = {
  /** 好 · 90 or more. */
  GOOD: 'GOOD',
  /** 较好 · 75 to under 90. */
  FAIRLY_GOOD: 'FAIRLY_GOOD',
  /** 一般 · 60 to under 75. */
  AVERAGE: 'AVERAGE',
  /** 差 · Under 60. */
  POOR: 'POOR'
} as const;

export type ReviewGrade = typeof ReviewGrade[keyof typeof ReviewGrade];
/** 评先评优意见 · The committee's opinion on the party for 评先评优 (评先评优征求社区意见). */
export const ReviewOpinion = {
  /** 推荐 · Recommended. */
  RECOMMEND: 'RECOMMEND',
  /** 同意 · Agreed. */
  AGREE: 'AGREE',
  /** 不同意 · Not agreed (with the reason). */
  DISAGREE: 'DISAGREE'
} as const;

export type ReviewOpinion = typeof ReviewOpinion[keyof typeof ReviewOpinion];
/** 评议记录 · One act on a party under review. */
export type ReviewHistoryEntry = {
  __typename?: 'ReviewHistoryEntry';
  /** 操作 · OPEN, REPORT, SCORE, OPINION or FREEZE (the round closed). */
  action: Scalars['String']['output'];
  /** 操作人 · Who (the token's subject). */
  actor: Scalars['String']['output'];
  /** 时间 · When. */
  at: Scalars['DateTime']['output'];
};

/** 述职评议分页 · A page of review rounds. */
export type ReviewRoundConnection = {
  __typename?: 'ReviewRoundConnection';
  /** 边 · The rounds of this page with their cursors. */
  edges: Array<ReviewRoundEdge>;
  /** 节点 · The rounds of this page. */
  nodes: Array<ReviewRound>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 述职评议分页边 · A round and its cursor. */
export type ReviewRoundEdge = {
  __typename?: 'ReviewRoundEdge';
  /** 游标 · Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** 述职评议 · The round. */
  node: ReviewRound;
};

/** 述职对象分页 · A page of parties under review. */
export type ReviewPartyConnection = {
  __typename?: 'ReviewPartyConnection';
  /** 边 · The parties of this page with their cursors. */
  edges: Array<ReviewPartyEdge>;
  /** 节点 · The parties of this page. */
  nodes: Array<ReviewParty>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 述职对象分页边 · A party and its cursor. */
export type ReviewPartyEdge = {
  __typename?: 'ReviewPartyEdge';
  /** 游标 · Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** 述职对象 · The party. */
  node: ReviewParty;
};

/** 党员 · Member, referenced here as a committee seat's holder. */
export type Member = {
  __typename?: 'Member';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
};

/** 驻区单位 · ResidentUnit, referenced here as a part-time seat's unit, with its annual reviews. */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 年度述职评议 · The unit's reports and results in the committees' annual reviews (述职评议), newest year
   * first: what its yearly evaluation and the opinion sent for 评先评优 show. For the unit's admins and the
   * committees over the round.
   */
  annualReviews: ReviewPartyConnection;
};


/** 驻区单位 · ResidentUnit, referenced here as a part-time seat's unit, with its annual reviews. */
export type ResidentUnitAnnualReviewsArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 党组织类型 · Kind of Party organisation. */
export const OrganizationKind = {
  /** 市委 · City Party committee. */
  CITY: 'CITY',
  /** 区委 · District Party committee. */
  DISTRICT: 'DISTRICT',
  /** 街道党工委 · Street Party working committee. */
  STREET: 'STREET',
  /** 社区党委 · Community Party committee (社区大党委). */
  COMMUNITY: 'COMMUNITY',
  /** 网格(小区)党支部 · Grid or residential-area Party branch. */
  GRID: 'GRID',
  /** 楼栋党小组 · Building Party group. */
  BUILDING_GROUP: 'BUILDING_GROUP',
  /** 驻区单位党组织 · Party organisation of a resident unit (机关、企事业单位). */
  UNIT_PARTY_ORGANIZATION: 'UNIT_PARTY_ORGANIZATION',
  /** 联合党组织 · Joint Party organisation of several small non-public units (「两新」组织). */
  JOINT_PARTY_ORGANIZATION: 'JOINT_PARTY_ORGANIZATION',
  /** 行业党委 · Industry Party committee, e.g. of property-management companies. */
  INDUSTRY_COMMITTEE: 'INDUSTRY_COMMITTEE',
  /** 职能部门 · A functional department or agency of a street (城管, 市场监管, 派出所, 房管…): called by a whistle (吹哨) beside resident units, and a party a request may be handed on to (转办). */
  DEPARTMENT: 'DEPARTMENT'
} as const;

export type OrganizationKind = typeof OrganizationKind[keyof typeof OrganizationKind];
/** 党组织分页 · A page of organisations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** 边 · The organisations of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** 节点 · The organisations of this page. */
  nodes: Array<Organization>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 党组织分页边 · An organisation and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** 游标 · Opaque cursor of this organisation in the list. */
  cursor: Scalars['String']['output'];
  /** 党组织 · The organisation. */
  node: Organization;
};

/** 分页信息 · Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 是否有下一页 · True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** 是否有上一页 · Always false: lists are read forwards. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** 首游标 · Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
  /** 末游标 · Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** 党组织 · One organisation by id; null when there is none. */
  organization?: Maybe<Organization>;
  /** 联席会议 · One joint meeting by id; null when there is none or the caller may not read it. */
  jointMeeting?: Maybe<JointMeeting>;
  /** 年度述职评议 · One review round by id; null when there is none or the caller may not read it. */
  reviewRound?: Maybe<ReviewRound>;
  /** 述职对象 · One party of a review round by id; null when there is none or the caller may not read it. */
  reviewParty?: Maybe<ReviewParty>;
  /**
   * 党组织列表 · Organisations, optionally of one kind and inside one subtree
   * (`within`: every organisation below the given one, at any depth).
   */
  organizations: OrganizationConnection;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJointMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewPartyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  kind?: InputMaybe<OrganizationKind>;
  within?: InputMaybe<Scalars['ID']['input']>;
  territoryCodePrefix?: InputMaybe<Scalars['String']['input']>;
  grading?: InputMaybe<GradingLevel>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 新建党组织 · Creates an organisation under a parent; no two under one parent share a name. For the committees that govern the parent. */
  createOrganization: OrganizationPayload;
  /** 修改党组织 · Renames or updates an organisation. For the committees that govern it. */
  updateOrganization: OrganizationPayload;
  /** 调整隶属 · Moves an organisation (with its subtree) under another parent. For a committee that governs both. */
  moveOrganization: OrganizationPayload;
  /** 分类定级 · Records an organisation's grading for a year. For the committees above it. */
  gradeOrganization: OrganizationPayload;
  /**
   * 增补委员 · Seats a member on a community's or a street's committee: one seat per member and one
   * secretary at a time; a part-time seat is for the unit the member works for. For the committees that govern it.
   */
  addCommitteeSeat: CommitteeSeatPayload;
  /** 委员离任 · Ends a seat's term. For the committees that govern its organisation. */
  endCommitteeSeat: CommitteeSeatPayload;
  /**
   * 召集联席会议 · Convenes a joint meeting of a community's or a street's committee; its seats held on the
   * day are invited. For the committees that govern the organisation.
   */
  conveneJointMeeting: JointMeetingPayload;
  /** 取消联席会议 · Cancels a meeting not yet held. For the committees that govern its organisation. */
  cancelJointMeeting: JointMeetingPayload;
  /**
   * 记录出席 · Records who of the invited seats attended (an absence with its reason), once the meeting's
   * time has come; a seat recorded again is corrected. For the committees that govern its organisation.
   */
  recordMeetingAttendance: JointMeetingPayload;
  /**
   * 记录会议纪要 · Records (or corrects) the minutes of a meeting whose time has come, and marks it held.
   * For the committees that govern its organisation.
   */
  recordMeetingMinutes: JointMeetingPayload;
  /**
   * 记录会议决定 · Records a decision of a held meeting, with its owner and due date. A NEED or PROJECT
   * decision is then published with `publishNeed` / `publishProject` and its `decisionId`.
   * For the committees that govern its organisation.
   */
  recordMeetingDecision: MeetingDecisionPayload;
  /**
   * 跟进决定 · Adds a follow-up note to an open decision and may close it (done, or dropped with the note as
   * the reason). For the committees that govern the meeting's organisation and for the decision's owner.
   */
  updateDecision: MeetingDecisionPayload;
  /**
   * 开展述职评议 · Opens a committee's annual review (述职评议 · 双述双评) of a year — this year or the last —
   * with its criteria (the default set when omitted), the parties under review and the raters. One round per
   * committee and year. For the committees that govern the organisation.
   */
  openReviewRound: ReviewRoundPayload;
  /**
   * 提交述职报告 · Submits (or resubmits) a party's report while the round is open: its own account, and its
   * figures for the year read from its record now. For the unit's admins (a unit) and the committees over the round.
   */
  submitReviewReport: ReviewPartyPayload;
  /**
   * 评分 · Scores a party on some or all of the round's criteria, 0 to 100 each; a criterion scored again
   * replaces the rater's earlier score, until the round closes. For the round's raters, not on their own unit.
   */
  scoreReviewParty: ReviewPartyPayload;
  /** 评先评优意见 · Gives (or changes) the committee's opinion on a party while the round is open. For the committees over the round. */
  giveReviewOpinion: ReviewPartyPayload;
  /**
   * 邀请评议人 · Names more raters while the round is open: seats of the committee and residents'
   * representatives of its territory, none already a rater, at most 100 in all. For the committees that govern the organisation.
   */
  inviteReviewRaters: ReviewRoundPayload;
  /**
   * 结束评议 · Closes a round: nothing more is taken, a party without a report gets its figures generated,
   * and the results are frozen. For the committees that govern the organisation.
   */
  closeReviewRound: ReviewRoundPayload;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationMoveOrganizationArgs = {
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
};


export type MutationGradeOrganizationArgs = {
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  level: GradingLevel;
};


export type MutationAddCommitteeSeatArgs = {
  input: AddCommitteeSeatInput;
};


export type MutationEndCommitteeSeatArgs = {
  id: Scalars['ID']['input'];
  endsOn: Scalars['DateTime']['input'];
};


export type MutationConveneJointMeetingArgs = {
  input: ConveneJointMeetingInput;
};


export type MutationCancelJointMeetingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecordMeetingAttendanceArgs = {
  id: Scalars['ID']['input'];
  attendance: Array<MeetingAttendanceInput>;
};


export type MutationRecordMeetingMinutesArgs = {
  id: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
};


export type MutationRecordMeetingDecisionArgs = {
  input: RecordMeetingDecisionInput;
};


export type MutationUpdateDecisionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDecisionInput;
};


export type MutationOpenReviewRoundArgs = {
  input: OpenReviewRoundInput;
};


export type MutationSubmitReviewReportArgs = {
  input: SubmitReviewReportInput;
};


export type MutationScoreReviewPartyArgs = {
  input: ScoreReviewPartyInput;
};


export type MutationGiveReviewOpinionArgs = {
  input: GiveReviewOpinionInput;
};


export type MutationInviteReviewRatersArgs = {
  id: Scalars['ID']['input'];
  raters: Array<ReviewRaterInput>;
};


export type MutationCloseReviewRoundArgs = {
  id: Scalars['ID']['input'];
};

/** 开展述职评议 · A review round to open. */
export type OpenReviewRoundInput = {
  /** 评议党组织 · A community or street with a committee. */
  organizationId: Scalars['ID']['input'];
  /** 年度 · The year reviewed: this year or the last (Beijing time). */
  year: Scalars['Int']['input'];
  /** 名称 · 2 to 100 characters; `<year>年度述职评议` when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 评议标准 · 1 to 10, weights adding up to 100; when omitted 履行共建协议 30, 参与社区活动 25, 服务群众实效 25, 在职党员报到表现 20. */
  criteria?: InputMaybe<Array<ReviewCriterionInput>>;
  /** 述职对象 · 1 to 200 resident units or units' Party organisations of the territory. */
  parties: Array<ReviewPartyInput>;
  /** 评议人 · 1 to 100 members: seats of the committee and residents' representatives living in the territory. */
  raters: Array<ReviewRaterInput>;
};

/** 评议标准 · A criterion. */
export type ReviewCriterionInput = {
  /** 名称 · 2 to 20 characters. */
  name: Scalars['String']['input'];
  /** 权重 · A whole number of per cent, 1 to 100. */
  weight: Scalars['Int']['input'];
};

/** 述职对象 · A party to review. */
export type ReviewPartyInput = {
  /** 类型 · Unit or Party organisation. */
  type: ReviewPartyType;
  /** 标识 · The unit's or the organisation's id. */
  id: Scalars['ID']['input'];
};

/** 评议人 · A rater. */
export type ReviewRaterInput = {
  /** 党员 · The member. */
  memberId: Scalars['ID']['input'];
  /** 身份 · A seat of the committee, or a residents' representative. */
  kind: RaterKind;
};

/** 提交述职报告 · A report. */
export type SubmitReviewReportInput = {
  /** 述职对象 · The party of the round. */
  partyId: Scalars['ID']['input'];
  /** 述职内容 · 10 to 5,000 characters. */
  narrative: Scalars['String']['input'];
};

/** 评分 · A rater's scores of a party. */
export type ScoreReviewPartyInput = {
  /** 述职对象 · The party. */
  partyId: Scalars['ID']['input'];
  /** 评分 · 1 or more, a criterion at most once. */
  scores: Array<CriterionScoreInput>;
};

/** 评分 · A score on one criterion. */
export type CriterionScoreInput = {
  /** 评议标准 · The criterion's name. */
  criterion: Scalars['String']['input'];
  /** 分数 · A whole number, 0 to 100. */
  score: Scalars['Int']['input'];
};

/** 评先评优意见 · An opinion. */
export type GiveReviewOpinionInput = {
  /** 述职对象 · The party. */
  partyId: Scalars['ID']['input'];
  /** 意见 · Recommend, agree or not. */
  opinion: ReviewOpinion;
  /** 理由 · 2 to 500 characters; required for DISAGREE. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 新建党组织 · An organisation to create. */
export type CreateOrganizationInput = {
  /** 上级 · The parent; its kind must fit (a grid under a community, a community under a street…). */
  parentId: Scalars['ID']['input'];
  /** 名称 · 2 to 100 characters, not the name of another organisation under the same parent. */
  name: Scalars['String']['input'];
  /** 类型 · Its kind. */
  kind: OrganizationKind;
  /** 区划代码 · Digits starting with the parent's code; the next free code under the parent when omitted. */
  territoryCode?: InputMaybe<Scalars['String']['input']>;
  /** 户数 · Households, 0 or more. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** 楼栋数 · Buildings, 0 or more. */
  buildings?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改党组织 · Changes; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** 名称 · 2 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 户数 · Households, 0 or more. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** 楼栋数 · Buildings, 0 or more. */
  buildings?: InputMaybe<Scalars['Int']['input']>;
};

/** 增补委员 · A seat to add. */
export type AddCommitteeSeatInput = {
  /** 所属党组织 · The organisation (a community or street committee). */
  organizationId: Scalars['ID']['input'];
  /** 委员 · The member who takes the seat. */
  memberId: Scalars['ID']['input'];
  /** 职务 · The role. */
  role: SeatRole;
  /** 兼职委员 · Part-time seat; then `unitId` names the unit the member leads. */
  partTime: Scalars['Boolean']['input'];
  /** 所在单位 · For a part-time seat, the resident unit: the member's employer. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 任期开始 · First day of the term. */
  termStart: Scalars['DateTime']['input'];
  /** 任期结束 · Last day of the term, after its start. */
  termEnd?: InputMaybe<Scalars['DateTime']['input']>;
};

/** 召集联席会议 · A joint meeting to convene. */
export type ConveneJointMeetingInput = {
  /** 召集党组织 · A community or street with committee seats. */
  organizationId: Scalars['ID']['input'];
  /** 会议名称 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 召开时间 · At most 30 days ago (a meeting recorded afterwards) and at most a year ahead. */
  scheduledAt: Scalars['DateTime']['input'];
  /** 地点 · 2 to 100 characters. */
  place: Scalars['String']['input'];
  /** 议程 · 1 to 20 topics, each 2 to 200 characters. */
  agenda: Array<Scalars['String']['input']>;
};

/** 出席 · One seat's attendance. */
export type MeetingAttendanceInput = {
  /** 委员席位 · A seat invited to the meeting. */
  seatId: Scalars['ID']['input'];
  /** 出席 · Present or not. */
  attended: Scalars['Boolean']['input'];
  /** 缺席原因 · Required when absent, 2 to 200 characters. */
  absenceReason?: InputMaybe<Scalars['String']['input']>;
};

/** 会议决定 · A decision to record. */
export type RecordMeetingDecisionInput = {
  /** 会议 · A held meeting. */
  meetingId: Scalars['ID']['input'];
  /** 决定内容 · 2 to 1000 characters. */
  text: Scalars['String']['input'];
  /** 类型 · Task, need or project. */
  kind: DecisionKind;
  /** 责任方 · An organisation or a unit of the territory, or one of the meeting's invited seats. */
  owner: DecisionOwnerInput;
  /** 完成期限 · Today or later. */
  dueOn: Scalars['DateTime']['input'];
};

/** 责任方 · A decision's owner. */
export type DecisionOwnerInput = {
  /** 类型 · Organisation, unit or seat. */
  type: DecisionOwnerType;
  /** 标识 · Its id. */
  id: Scalars['ID']['input'];
};

/** 跟进决定 · A follow-up. */
export type UpdateDecisionInput = {
  /** 跟进记录 · 2 to 1000 characters. */
  note: Scalars['String']['input'];
  /** 新状态 · DONE or DROPPED closes it; omitted or OPEN leaves it open. */
  status?: InputMaybe<DecisionStatus>;
};

/** 结果 · The meeting, or why nothing changed. */
export type JointMeetingPayload = {
  __typename?: 'JointMeetingPayload';
  /** 联席会议 · The meeting as it is now; null when there are errors. */
  meeting?: Maybe<JointMeeting>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The decision, or why nothing changed. */
export type MeetingDecisionPayload = {
  __typename?: 'MeetingDecisionPayload';
  /** 会议决定 · The decision as it is now; null when there are errors. */
  decision?: Maybe<MeetingDecision>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The review round, or why nothing changed. */
export type ReviewRoundPayload = {
  __typename?: 'ReviewRoundPayload';
  /** 述职评议 · The round as it is now; null when there are errors. */
  round?: Maybe<ReviewRound>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The party, or why nothing changed. */
export type ReviewPartyPayload = {
  __typename?: 'ReviewPartyPayload';
  /** 述职对象 · The party as it is now; null when there are errors. */
  party?: Maybe<ReviewParty>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The organisation, or why nothing changed. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** 党组织 · The organisation as it is now; null when there are errors. */
  organization?: Maybe<Organization>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The seat, or why nothing changed. */
export type CommitteeSeatPayload = {
  __typename?: 'CommitteeSeatPayload';
  /** 委员席位 · The seat as it is now; null when there are errors. */
  seat?: Maybe<CommitteeSeat>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/**
 * 用户错误 · An expected failure the client should show or handle: the request
 * was understood but cannot be carried out, and nothing changed.
 */
export type UserError = {
  __typename?: 'UserError';
  /** 错误码 · What went wrong, for programs (e.g. OVER_CAPACITY, DUPLICATE_NAME, NOT_FOUND). */
  code: UserErrorCode;
  /** 说明 · What went wrong, for people. */
  message: Scalars['String']['output'];
  /** 字段 · The input field at fault, as a path such as `input.quantity`. */
  field?: Maybe<Scalars['String']['output']>;
};

/** 错误码 · Every code a UserError can carry; `field` says which input, `message` the details. */
export const UserErrorCode = {
  /** 缺席须说明原因 · An absence needs its reason. */
  ABSENCE_REASON_REQUIRED: 'ABSENCE_REASON_REQUIRED',
  /** 名额已满 · The activity has not that many places left. */
  ACTIVITY_FULL: 'ACTIVITY_FULL',
  /** 已被受理 · Another committee has already accepted the request. */
  ALREADY_ACCEPTED: 'ALREADY_ACCEPTED',
  /** 已签到 · That sign-up is already checked in, with other hours or people. */
  ALREADY_CHECKED_IN: 'ALREADY_CHECKED_IN',
  /** 已认领 · The claimant already has an active claim on the item. */
  ALREADY_CLAIMED: 'ALREADY_CLAIMED',
  /** 已确认 · Already confirmed. */
  ALREADY_CONFIRMED: 'ALREADY_CONFIRMED',
  /** 已上报 · The request is already escalated to the street. */
  ALREADY_ESCALATED: 'ALREADY_ESCALATED',
  /** 已评价 · The unit is already evaluated for that year by this community. */
  ALREADY_EVALUATED: 'ALREADY_EVALUATED',
  /** 已入账 · The claim is already on the ledger. */
  ALREADY_RECORDED: 'ALREADY_RECORDED',
  /** 已报到 · The unit has already reported in. */
  ALREADY_REPORTED: 'ALREADY_REPORTED',
  /** 已任职 · The member already holds a seat for that time. */
  ALREADY_SEATED: 'ALREADY_SEATED',
  /** 已签署 · Your side has already signed. */
  ALREADY_SIGNED: 'ALREADY_SIGNED',
  /** 已吹哨 · A unit was already called and has not answered. */
  ALREADY_WHISTLED: 'ALREADY_WHISTLED',
  /** 认领方不符 · Your side cannot claim this kind of item. */
  CLAIMANT_NOT_ALLOWED: 'CLAIMANT_NOT_ALLOWED',
  /** 循环 · An organisation cannot move under itself or its own subtree. */
  CYCLE: 'CYCLE',
  /** 今日已达上限 · The account has raised as many as it may today; try again tomorrow. */
  DAILY_LIMIT: 'DAILY_LIMIT',
  /** 日期顺序不对 · An end comes before its start. */
  DATES_OUT_OF_ORDER: 'DATES_OUT_OF_ORDER',
  /** 已发布 · An item was already published from this decision. */
  DECISION_ALREADY_PUBLISHED: 'DECISION_ALREADY_PUBLISHED',
  /** 决定已办结 · The decision is already done or dropped. */
  DECISION_CLOSED: 'DECISION_CLOSED',
  /** 决定类型不符 · The decision is not of the kind being published (a need from a NEED decision, a project from a PROJECT one). */
  DECISION_KIND_MISMATCH: 'DECISION_KIND_MISMATCH',
  /** 期限已过 · The due date is in the past. */
  DUE_DATE_IN_PAST: 'DUE_DATE_IN_PAST',
  /** 信用代码重复 · A unit with this unified social credit code is already registered. */
  DUPLICATE_CREDIT_CODE: 'DUPLICATE_CREDIT_CODE',
  /** 身份证号重复 · A member with this ID number is already registered. */
  DUPLICATE_ID_NUMBER: 'DUPLICATE_ID_NUMBER',
  /** 重复派单 · The need was already sent to this offer. */
  DUPLICATE_INVITATION: 'DUPLICATE_INVITATION',
  /** 名称重复 · An organisation of this name already exists under the same parent. */
  DUPLICATE_NAME: 'DUPLICATE_NAME',
  /** 已有评议 · The committee already has a review round for that year. */
  DUPLICATE_REVIEW_ROUND: 'DUPLICATE_REVIEW_ROUND',
  /** 服务记录重复 · This service of that member on that day is already recorded. */
  DUPLICATE_SERVICE_RECORD: 'DUPLICATE_SERVICE_RECORD',
  /** 区划代码重复 · The territory code is taken. */
  DUPLICATE_TERRITORY_CODE: 'DUPLICATE_TERRITORY_CODE',
  /** 延期待批 · An extension is already waiting for approval. */
  EXTENSION_PENDING: 'EXTENSION_PENDING',
  /** 已有认领 · The item has claims, so it cannot be cancelled. */
  HAS_CLAIMS: 'HAS_CLAIMS',
  /** 时长待入账 · Checked in, but the hours are not on the members' records yet: repeat the check-in. */
  HOURS_PENDING: 'HOURS_PENDING',
  /** 幂等键已用 · The idempotency key was used for another operation. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** 地址无效 · The address is too long. */
  INVALID_ADDRESS: 'INVALID_ADDRESS',
  /** 议程无效 · An agenda has 1 to 20 topics of 2 to 200 characters. */
  INVALID_AGENDA: 'INVALID_AGENDA',
  /** 预算无效 · The budget is not a whole number of yuan, 0 or more. */
  INVALID_BUDGET: 'INVALID_BUDGET',
  /** 渠道无效 · The channel does not fit the caller. */
  INVALID_CHANNEL: 'INVALID_CHANNEL',
  /** 评语无效 · The comment is too long. */
  INVALID_COMMENT: 'INVALID_COMMENT',
  /** 承诺无效 · The commitments are too few, too many or not positive. */
  INVALID_COMMITMENTS: 'INVALID_COMMITMENTS',
  /** 社区无效 · No such community. */
  INVALID_COMMUNITY: 'INVALID_COMMUNITY',
  /** 联系人无效 · The contact's name or title is out of bounds. */
  INVALID_CONTACT: 'INVALID_CONTACT',
  /** 数量无效 · The count is out of bounds. */
  INVALID_COUNT: 'INVALID_COUNT',
  /** 信用代码无效 · Not a valid unified social credit code. */
  INVALID_CREDIT_CODE: 'INVALID_CREDIT_CODE',
  /** 评议标准有误 · The criteria: 1 to 10, named 2 to 20 characters, no two alike, whole weights adding up to 100. */
  INVALID_CRITERIA: 'INVALID_CRITERIA',
  /** 日期无效 · The date is in the future or otherwise out of bounds. */
  INVALID_DATE: 'INVALID_DATE',
  /** 天数无效 · The number of working days is out of bounds. */
  INVALID_DAYS: 'INVALID_DAYS',
  /** 截止时间无效 · The deadline is not in the future. */
  INVALID_DEADLINE: 'INVALID_DEADLINE',
  /** 职能部门无效 · No such department of the request's street. */
  INVALID_DEPARTMENT: 'INVALID_DEPARTMENT',
  /** 说明无效 · The description is too short or too long. */
  INVALID_DESCRIPTION: 'INVALID_DESCRIPTION',
  /** 通知类型有误 · A webhook's kinds are named twice or too many. */
  INVALID_EVENTS: 'INVALID_EVENTS',
  /** 目标无效 · Too many goals, or a goal of the wrong length. */
  INVALID_GOALS: 'INVALID_GOALS',
  /** 网格无效 · No such grid. */
  INVALID_GRID: 'INVALID_GRID',
  /** 时长无效 · The hours are out of bounds. */
  INVALID_HOURS: 'INVALID_HOURS',
  /** 标识无效 · Not an id. */
  INVALID_ID: 'INVALID_ID',
  /** 幂等键无效 · The idempotency key is not 8 to 64 letters, digits or _:.-. */
  INVALID_IDEMPOTENCY_KEY: 'INVALID_IDEMPOTENCY_KEY',
  /** 身份证号无效 · Not a valid resident ID number. */
  INVALID_ID_NUMBER: 'INVALID_ID_NUMBER',
  /** 时限无效 · A time-limit table row is out of bounds, or a category is given twice. */
  INVALID_LIMITS: 'INVALID_LIMITS',
  /** 位置无效 · Latitude or longitude out of range. */
  INVALID_LOCATION: 'INVALID_LOCATION',
  /** 里程碑无效 · Too many milestones, or a title of the wrong length. */
  INVALID_MILESTONES: 'INVALID_MILESTONES',
  /** 名称无效 · The name is too short or too long. */
  INVALID_NAME: 'INVALID_NAME',
  /** 内容无效 · The note is too short or too long. */
  INVALID_NOTE: 'INVALID_NOTE',
  /** 共建方无效 · No such co-owner, or too many. */
  INVALID_OWNER: 'INVALID_OWNER',
  /** 共建方无效 · The partner does not fit: not the unit's community or street, or not allowed on this claim. */
  INVALID_PARTNER: 'INVALID_PARTNER',
  /** 党组织无效 · Not a Party organisation of a unit. */
  INVALID_PARTY_ORGANIZATION: 'INVALID_PARTY_ORGANIZATION',
  /** 手机号无效 · Not an 11-digit mobile number. */
  INVALID_PHONE: 'INVALID_PHONE',
  /** 照片无效 · No such photo of yours, one already on a request, or too many. */
  INVALID_PHOTO: 'INVALID_PHOTO',
  /** 岗位无效 · Too many posts, or a post out of bounds. */
  INVALID_POSTS: 'INVALID_POSTS',
  /** 数量无效 · The quantity is not a whole number in range. */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** 评议人有误 · Not a member, not a seat of the committee, or named twice. */
  INVALID_RATER: 'INVALID_RATER',
  /** 原因无效 · The reason is too short or too long. */
  INVALID_REASON: 'INVALID_REASON',
  /** 述职对象有误 · Not a resident unit or a unit's Party organisation of the committee's territory, or named twice. */
  INVALID_REVIEW_PARTY: 'INVALID_REVIEW_PARTY',
  /** 评分无效 · The score is not 1 to 5. */
  INVALID_SCORE: 'INVALID_SCORE',
  /** 未选择通知 · Name the notifications (1 to 100) or ask for all of them. */
  INVALID_SELECTION: 'INVALID_SELECTION',
  /** 状态不符 · The thing is not in a state that allows this action. */
  INVALID_STATE: 'INVALID_STATE',
  /** 街道无效 · No such street. */
  INVALID_STREET: 'INVALID_STREET',
  /** 承办方无效 · Not a grid, community, street or department of the request's street, or its current handler. */
  INVALID_TARGET: 'INVALID_TARGET',
  /** 区划代码无效 · The territory code is not digits starting with the parent's code. */
  INVALID_TERRITORY_CODE: 'INVALID_TERRITORY_CODE',
  /** 文字无效 · The text is too short or too long. */
  INVALID_TEXT: 'INVALID_TEXT',
  /** 标题无效 · The title is too short or too long. */
  INVALID_TITLE: 'INVALID_TITLE',
  /** 单位无效 · No such resident unit. */
  INVALID_UNIT: 'INVALID_UNIT',
  /** 单位数无效 · Too few or too many units called. */
  INVALID_UNITS: 'INVALID_UNITS',
  /** 地址不可用 · A webhook's URL is not https:// (or http:// to a loopback address), is too long, or carries a user or password. */
  INVALID_URL: 'INVALID_URL',
  /** 权重无效 · The weights are out of range or all 0. */
  INVALID_WEIGHTS: 'INVALID_WEIGHTS',
  /** 年度无效 · The year is out of range. */
  INVALID_YEAR: 'INVALID_YEAR',
  /** 条目已关闭 · The item is closed: past its deadline, fulfilled or cancelled. */
  ITEM_CLOSED: 'ITEM_CLOSED',
  /** 类型不符 · That kind of organisation cannot be under that parent. */
  KIND_DOES_NOT_FIT: 'KIND_DOES_NOT_FIT',
  /** 位置在境外 · The location is outside China; (0, 0) usually means none was picked. */
  LOCATION_OUTSIDE_CHINA: 'LOCATION_OUTSIDE_CHINA',
  /** 会议已召开 · The meeting was already held. */
  MEETING_ALREADY_HELD: 'MEETING_ALREADY_HELD',
  /** 会议已取消 · The meeting was cancelled. */
  MEETING_CANCELLED: 'MEETING_CANCELLED',
  /** 会议未召开 · The meeting's minutes are not recorded yet: it has not been held. */
  MEETING_NOT_HELD: 'MEETING_NOT_HELD',
  /** 会议未开始 · The meeting's time has not come yet. */
  MEETING_NOT_STARTED: 'MEETING_NOT_STARTED',
  /** 迁移未完成 · Moved, but a subgraph did not follow yet: repeat the move. */
  MOVE_INCOMPLETE: 'MOVE_INCOMPLETE',
  /** 非共建单位 · The unit is neither located in nor partnered with this community. */
  NOT_A_PARTNER: 'NOT_A_PARTNER',
  /** 非参会委员 · Not a seat invited to the meeting (or not a seat of the committee). */
  NOT_A_SEAT: 'NOT_A_SEAT',
  /** 未被吹哨 · The unit has no open call on the request. */
  NOT_CALLED: 'NOT_CALLED',
  /** 非在职党员 · Only employed members report to a community. */
  NOT_EMPLOYED: 'NOT_EMPLOYED',
  /** 非本单位党员 · The member does not work for that unit. */
  NOT_EMPLOYED_BY_UNIT: 'NOT_EMPLOYED_BY_UNIT',
  /** 不存在 · No such thing. */
  NOT_FOUND: 'NOT_FOUND',
  /** 未超期 · The request is not overdue. */
  NOT_OVERDUE: 'NOT_OVERDUE',
  /** 未报到 · Not reported in yet. */
  NOT_REPORTED: 'NOT_REPORTED',
  /** 活动未开始 · Attendance is checked in once the activity has started. */
  NOT_STARTED: 'NOT_STARTED',
  /** 不可见 · No such thing visible to you. */
  NOT_VISIBLE: 'NOT_VISIBLE',
  /** 不设委员 · This kind of organisation has no committee seats. */
  NO_COMMITTEE_SEATS: 'NO_COMMITTEE_SEATS',
  /** 无在任委员 · The committee has no seat held on the meeting's day: there is no one to invite. */
  NO_INVITEES: 'NO_INVITEES',
  /** 无待批延期 · No extension is waiting for approval. */
  NO_EXTENSION_PENDING: 'NO_EXTENSION_PENDING',
  /** 须说明理由 · An opinion against (不同意) needs its reason. */
  OPINION_REASON_REQUIRED: 'OPINION_REASON_REQUIRED',
  /** 协议重叠 · An agreement in force overlaps this term. */
  OVERLAPPING_AGREEMENT: 'OVERLAPPING_AGREEMENT',
  /** 超出剩余 · More than the item has left. */
  OVER_CAPACITY: 'OVER_CAPACITY',
  /** 本方条目 · You cannot claim your own item. */
  OWN_ITEM: 'OWN_ITEM',
  /** 待处理认领 · Accept or reject the pending claims first. */
  PENDING_CLAIMS: 'PENDING_CLAIMS',
  /** 评议人不在辖区 · The rater is not a member of the committee's territory. */
  RATER_OUTSIDE_TERRITORY: 'RATER_OUTSIDE_TERRITORY',
  /** 稍后重试 · The same request is still being handled; retry shortly. */
  RETRY_LATER: 'RETRY_LATER',
  /** 评议已结束 · The review round is closed: its results are frozen. */
  REVIEW_CLOSED: 'REVIEW_CLOSED',
  /** 书记已有 · The committee already has a secretary for that time. */
  SECRETARY_TAKEN: 'SECRETARY_TAKEN',
  /** 不能评议本单位 · A rater may not score their own unit or Party organisation. */
  SELF_REVIEW: 'SELF_REVIEW',
  /** 报名已截止 · The activity has started or was cancelled: no signing up or withdrawing now. */
  SIGN_UP_CLOSED: 'SIGN_UP_CLOSED',
  /** 期限过长 · The term is too long. */
  TERM_TOO_LONG: 'TERM_TOO_LONG',
  /** 督办过多 · The request was reminded 30 times already. */
  TOO_MANY_REMINDERS: 'TOO_MANY_REMINDERS',
  /** 转办过多 · The request was handed on 10 times already: the street takes it. */
  TOO_MANY_TRANSFERS: 'TOO_MANY_TRANSFERS',
  /** 须注明单位 · A part-time seat names the unit. */
  UNIT_REQUIRED: 'UNIT_REQUIRED',
  /** 无此评议标准 · Not a criterion of the round, or given twice. */
  UNKNOWN_CRITERION: 'UNKNOWN_CRITERION',
  /** 推送地址已满 · A street has at most 10 webhooks in use: remove one first. */
  WEBHOOK_LIMIT: 'WEBHOOK_LIMIT'
} as const;

export type UserErrorCode = typeof UserErrorCode[keyof typeof UserErrorCode];
/**
 * 述职对象类型 · Who reports in an annual review (述职评议 · 双述双评): a resident unit, or the Party
 * organisation at a unit where in-service members belong (在职党员所在党组织). Declared alike by every
 * subgraph: it is part of the key of ReviewRecord, whose figures three of them answer.
 */
export const ReviewPartyType = {
  /** 驻区单位 · A resident unit. */
  RESIDENT_UNIT: 'RESIDENT_UNIT',
  /** 在职党员所在党组织 · A unit's Party organisation, for its in-service members who reported to the community. */
  PARTY_BRANCH: 'PARTY_BRANCH'
} as const;

export type ReviewPartyType = typeof ReviewPartyType[keyof typeof ReviewPartyType];
export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Organization: Organization;
  CommitteeSeat: CommitteeSeat;
  JointMeeting: JointMeeting;
  MeetingDecision: MeetingDecision;
  Statistics: Statistics;
  ReviewRound: ReviewRound;
  ReviewParty: ReviewParty;
  ResidentUnit: ResidentUnit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  CommitteeSeat:
    ( { __typename: 'CommitteeSeat' }
    & GraphQLRecursivePick<FederationTypes['CommitteeSeat'], {"id":true}> );
  JointMeeting:
    ( { __typename: 'JointMeeting' }
    & GraphQLRecursivePick<FederationTypes['JointMeeting'], {"id":true}> );
  MeetingDecision:
    ( { __typename: 'MeetingDecision' }
    & GraphQLRecursivePick<FederationTypes['MeetingDecision'], {"id":true}> );
  Statistics:
    ( { __typename: 'Statistics' }
    & GraphQLRecursivePick<FederationTypes['Statistics'], {"organizationId":true,"from":true,"to":true}> );
  ReviewRound:
    ( { __typename: 'ReviewRound' }
    & GraphQLRecursivePick<FederationTypes['ReviewRound'], {"id":true}> );
  ReviewParty:
    ( { __typename: 'ReviewParty' }
    & GraphQLRecursivePick<FederationTypes['ReviewParty'], {"id":true}> );
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  DecisionOwner:
    | ( OrganizationDoc )
    | ( EntityRef )
    | ( CommitteeSeatDoc )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Organization: ResolverTypeWrapper<OrganizationDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Grading: ResolverTypeWrapper<Grading>;
  GradingLevel: GradingLevel;
  CommitteeSeat: ResolverTypeWrapper<CommitteeSeatDoc>;
  SeatRole: SeatRole;
  JointMeeting: ResolverTypeWrapper<JointMeetingDoc>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MeetingStatus: MeetingStatus;
  MeetingInvitee: ResolverTypeWrapper<InviteeOut>;
  MeetingDecision: ResolverTypeWrapper<MeetingDecisionDoc>;
  DecisionKind: DecisionKind;
  DecisionStatus: DecisionStatus;
  DecisionOwner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DecisionOwner']>;
  DecisionOwnerType: DecisionOwnerType;
  DecisionFollowUp: ResolverTypeWrapper<FollowUp>;
  JointMeetingConnection: ResolverTypeWrapper<Connection<JointMeetingDoc>>;
  JointMeetingEdge: ResolverTypeWrapper<Edge<JointMeetingDoc>>;
  MeetingDecisionConnection: ResolverTypeWrapper<Connection<MeetingDecisionDoc>>;
  MeetingDecisionEdge: ResolverTypeWrapper<Edge<MeetingDecisionDoc>>;
  Statistics: ResolverTypeWrapper<StatisticsScope>;
  ReviewStatistics: ResolverTypeWrapper<ReviewStatistics>;
  MeetingStatistics: ResolverTypeWrapper<MeetingStatistics>;
  ReviewRound: ResolverTypeWrapper<ReviewRoundDoc>;
  ReviewRoundStatus: ReviewRoundStatus;
  ReviewCriterion: ResolverTypeWrapper<ReviewCriterion>;
  ReviewRater: ResolverTypeWrapper<Rater>;
  RaterKind: RaterKind;
  ReviewParty: ResolverTypeWrapper<ReviewPartyDoc>;
  ReviewReport: ResolverTypeWrapper<Report>;
  ReviewFigures: ResolverTypeWrapper<Figures>;
  CriterionScore: ResolverTypeWrapper<CriterionScore>;
  RaterScores: ResolverTypeWrapper<RaterScoresOut>;
  CriterionResult: ResolverTypeWrapper<CriterionResult>;
  ReviewGrade: ReviewGrade;
  ReviewOpinion: ReviewOpinion;
  ReviewHistoryEntry: ResolverTypeWrapper<LedgerEntry>;
  ReviewRoundConnection: ResolverTypeWrapper<Connection<ReviewRoundDoc>>;
  ReviewRoundEdge: ResolverTypeWrapper<Edge<ReviewRoundDoc>>;
  ReviewPartyConnection: ResolverTypeWrapper<Connection<ReviewPartyDoc>>;
  ReviewPartyEdge: ResolverTypeWrapper<Edge<ReviewPartyDoc>>;
  Member: ResolverTypeWrapper<EntityRef>;
  ResidentUnit: ResolverTypeWrapper<EntityRef>;
  OrganizationKind: OrganizationKind;
  OrganizationConnection: ResolverTypeWrapper<Connection<OrganizationDoc>>;
  OrganizationEdge: ResolverTypeWrapper<Edge<OrganizationDoc>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenReviewRoundInput: OpenReviewRoundInput;
  ReviewCriterionInput: ReviewCriterionInput;
  ReviewPartyInput: ReviewPartyInput;
  ReviewRaterInput: ReviewRaterInput;
  SubmitReviewReportInput: SubmitReviewReportInput;
  ScoreReviewPartyInput: ScoreReviewPartyInput;
  CriterionScoreInput: CriterionScoreInput;
  GiveReviewOpinionInput: GiveReviewOpinionInput;
  CreateOrganizationInput: CreateOrganizationInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  AddCommitteeSeatInput: AddCommitteeSeatInput;
  ConveneJointMeetingInput: ConveneJointMeetingInput;
  MeetingAttendanceInput: MeetingAttendanceInput;
  RecordMeetingDecisionInput: RecordMeetingDecisionInput;
  DecisionOwnerInput: DecisionOwnerInput;
  UpdateDecisionInput: UpdateDecisionInput;
  JointMeetingPayload: ResolverTypeWrapper<Omit<JointMeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversTypes['JointMeeting']> }>;
  MeetingDecisionPayload: ResolverTypeWrapper<Omit<MeetingDecisionPayload, 'decision'> & { decision?: Maybe<ResolversTypes['MeetingDecision']> }>;
  ReviewRoundPayload: ResolverTypeWrapper<Omit<ReviewRoundPayload, 'round'> & { round?: Maybe<ResolversTypes['ReviewRound']> }>;
  ReviewPartyPayload: ResolverTypeWrapper<Omit<ReviewPartyPayload, 'party'> & { party?: Maybe<ResolversTypes['ReviewParty']> }>;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  CommitteeSeatPayload: ResolverTypeWrapper<Omit<CommitteeSeatPayload, 'seat'> & { seat?: Maybe<ResolversTypes['CommitteeSeat']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  ReviewPartyType: ReviewPartyType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Organization: OrganizationDoc;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  Grading: Grading;
  CommitteeSeat: CommitteeSeatDoc;
  JointMeeting: JointMeetingDoc;
  Float: Scalars['Float']['output'];
  MeetingInvitee: InviteeOut;
  MeetingDecision: MeetingDecisionDoc;
  DecisionOwner: ResolversUnionTypes<ResolversParentTypes>['DecisionOwner'];
  DecisionFollowUp: FollowUp;
  JointMeetingConnection: Connection<JointMeetingDoc>;
  JointMeetingEdge: Edge<JointMeetingDoc>;
  MeetingDecisionConnection: Connection<MeetingDecisionDoc>;
  MeetingDecisionEdge: Edge<MeetingDecisionDoc>;
  Statistics: StatisticsScope;
  ReviewStatistics: ReviewStatistics;
  MeetingStatistics: MeetingStatistics;
  ReviewRound: ReviewRoundDoc;
  ReviewCriterion: ReviewCriterion;
  ReviewRater: Rater;
  ReviewParty: ReviewPartyDoc;
  ReviewReport: Report;
  ReviewFigures: Figures;
  CriterionScore: CriterionScore;
  RaterScores: RaterScoresOut;
  CriterionResult: CriterionResult;
  ReviewHistoryEntry: LedgerEntry;
  ReviewRoundConnection: Connection<ReviewRoundDoc>;
  ReviewRoundEdge: Edge<ReviewRoundDoc>;
  ReviewPartyConnection: Connection<ReviewPartyDoc>;
  ReviewPartyEdge: Edge<ReviewPartyDoc>;
  Member: EntityRef;
  ResidentUnit: EntityRef;
  OrganizationConnection: Connection<OrganizationDoc>;
  OrganizationEdge: Edge<OrganizationDoc>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  OpenReviewRoundInput: OpenReviewRoundInput;
  ReviewCriterionInput: ReviewCriterionInput;
  ReviewPartyInput: ReviewPartyInput;
  ReviewRaterInput: ReviewRaterInput;
  SubmitReviewReportInput: SubmitReviewReportInput;
  ScoreReviewPartyInput: ScoreReviewPartyInput;
  CriterionScoreInput: CriterionScoreInput;
  GiveReviewOpinionInput: GiveReviewOpinionInput;
  CreateOrganizationInput: CreateOrganizationInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  AddCommitteeSeatInput: AddCommitteeSeatInput;
  ConveneJointMeetingInput: ConveneJointMeetingInput;
  MeetingAttendanceInput: MeetingAttendanceInput;
  RecordMeetingDecisionInput: RecordMeetingDecisionInput;
  DecisionOwnerInput: DecisionOwnerInput;
  UpdateDecisionInput: UpdateDecisionInput;
  JointMeetingPayload: Omit<JointMeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversParentTypes['JointMeeting']> };
  MeetingDecisionPayload: Omit<MeetingDecisionPayload, 'decision'> & { decision?: Maybe<ResolversParentTypes['MeetingDecision']> };
  ReviewRoundPayload: Omit<ReviewRoundPayload, 'round'> & { round?: Maybe<ResolversParentTypes['ReviewRound']> };
  ReviewPartyPayload: Omit<ReviewPartyPayload, 'party'> & { party?: Maybe<ResolversParentTypes['ReviewParty']> };
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  CommitteeSeatPayload: Omit<CommitteeSeatPayload, 'seat'> & { seat?: Maybe<ResolversParentTypes['CommitteeSeat']> };
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  territoryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<OrganizationChildrenArgs, 'first'>>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  buildings?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  grading?: Resolver<Maybe<ResolversTypes['Grading']>, ParentType, ContextType>;
  gradings?: Resolver<Array<ResolversTypes['Grading']>, ParentType, ContextType>;
  bigPartyCommittee?: Resolver<Array<ResolversTypes['CommitteeSeat']>, ParentType, ContextType, Partial<OrganizationBigPartyCommitteeArgs>>;
  jointMeetings?: Resolver<ResolversTypes['JointMeetingConnection'], ParentType, ContextType, RequireFields<OrganizationJointMeetingsArgs, 'first'>>;
  openDecisions?: Resolver<ResolversTypes['MeetingDecisionConnection'], ParentType, ContextType, RequireFields<OrganizationOpenDecisionsArgs, 'first'>>;
  reviewRounds?: Resolver<ResolversTypes['ReviewRoundConnection'], ParentType, ContextType, RequireFields<OrganizationReviewRoundsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GradingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Grading'] = ResolversParentTypes['Grading']> = ResolversObject<{
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['GradingLevel'], ParentType, ContextType>;
  gradedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CommitteeSeatResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeSeat'] = ResolversParentTypes['CommitteeSeat'], FederationReferenceType extends FederationReferenceTypes['CommitteeSeat'] = FederationReferenceTypes['CommitteeSeat']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommitteeSeat']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SeatRole'], ParentType, ContextType>;
  partTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  termStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  termEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JointMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeeting'] = ResolversParentTypes['JointMeeting'], FederationReferenceType extends FederationReferenceTypes['JointMeeting'] = FederationReferenceTypes['JointMeeting']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JointMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  invitees?: Resolver<Array<ResolversTypes['MeetingInvitee']>, ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  previousDecisions?: Resolver<Array<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  convenedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MeetingInviteeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingInvitee'] = ResolversParentTypes['MeetingInvitee']> = ResolversObject<{
  seat?: Resolver<Maybe<ResolversTypes['CommitteeSeat']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SeatRole'], ParentType, ContextType>;
  partTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  attended?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  absenceReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MeetingDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingDecision'] = ResolversParentTypes['MeetingDecision'], FederationReferenceType extends FederationReferenceTypes['MeetingDecision'] = FederationReferenceTypes['MeetingDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MeetingDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['JointMeeting']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DecisionKind'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['DecisionOwner']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DecisionStatus'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['DecisionFollowUp']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type DecisionOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionOwner'] = ResolversParentTypes['DecisionOwner']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'ResidentUnit' | 'CommitteeSeat', ParentType, ContextType>;
}>;

export type DecisionFollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionFollowUp'] = ResolversParentTypes['DecisionFollowUp']> = ResolversObject<{
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DecisionStatus'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type JointMeetingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingConnection'] = ResolversParentTypes['JointMeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JointMeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JointMeeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type JointMeetingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingEdge'] = ResolversParentTypes['JointMeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JointMeeting'], ParentType, ContextType>;
}>;

export type MeetingDecisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingDecisionConnection'] = ResolversParentTypes['MeetingDecisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeetingDecisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MeetingDecisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingDecisionEdge'] = ResolversParentTypes['MeetingDecisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MeetingDecision'], ParentType, ContextType>;
}>;

export type StatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistics'] = ResolversParentTypes['Statistics'], FederationReferenceType extends FederationReferenceTypes['Statistics'] = FederationReferenceTypes['Statistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meetings?: Resolver<Maybe<ResolversTypes['MeetingStatistics']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ReviewStatistics']>, ParentType, ContextType>;
}>;

export type ReviewStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewStatistics'] = ResolversParentTypes['ReviewStatistics']> = ResolversObject<{
  rounds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partiesReviewed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  good?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fairlyGood?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  average?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  poor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ungraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeetingStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingStatistics'] = ResolversParentTypes['MeetingStatistics']> = ResolversObject<{
  convened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageAttendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisionsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisionsDropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisionsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ReviewRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRound'] = ResolversParentTypes['ReviewRound'], FederationReferenceType extends FederationReferenceTypes['ReviewRound'] = FederationReferenceTypes['ReviewRound']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewRound']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewRoundStatus'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['ReviewCriterion']>, ParentType, ContextType>;
  raters?: Resolver<Array<ResolversTypes['ReviewRater']>, ParentType, ContextType>;
  parties?: Resolver<ResolversTypes['ReviewPartyConnection'], ParentType, ContextType, RequireFields<ReviewRoundPartiesArgs, 'first'>>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ReviewCriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewCriterion'] = ResolversParentTypes['ReviewCriterion']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewRaterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRater'] = ResolversParentTypes['ReviewRater']> = ResolversObject<{
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RaterKind'], ParentType, ContextType>;
}>;

export type ReviewPartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewParty'] = ResolversParentTypes['ReviewParty'], FederationReferenceType extends FederationReferenceTypes['ReviewParty'] = FederationReferenceTypes['ReviewParty']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewParty']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['ReviewRound']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReviewPartyType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewRoundStatus'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ReviewReport']>, ParentType, ContextType>;
  myScores?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['RaterScores']>, ParentType, ContextType>;
  ratersScored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['CriterionResult']>>, ParentType, ContextType>;
  weightedScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['ReviewGrade']>, ParentType, ContextType>;
  opinion?: Resolver<Maybe<ResolversTypes['ReviewOpinion']>, ParentType, ContextType>;
  opinionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReviewHistoryEntry']>, ParentType, ContextType>;
}>;

export type ReviewReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewReport'] = ResolversParentTypes['ReviewReport']> = ResolversObject<{
  figures?: Resolver<ResolversTypes['ReviewFigures'], ParentType, ContextType>;
  narrative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReviewFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewFigures'] = ResolversParentTypes['ReviewFigures']> = ResolversObject<{
  claimsDelivered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activitiesOrganised?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activitiesAttended?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  membersReported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  volunteerHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  commitmentsMet?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CriterionScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriterionScore'] = ResolversParentTypes['CriterionScore']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RaterScoresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RaterScores'] = ResolversParentTypes['RaterScores']> = ResolversObject<{
  rater?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RaterKind'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  scoredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CriterionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriterionResult'] = ResolversParentTypes['CriterionResult']> = ResolversObject<{
  criterion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committeeMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  residentMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ReviewHistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewHistoryEntry'] = ResolversParentTypes['ReviewHistoryEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReviewRoundConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRoundConnection'] = ResolversParentTypes['ReviewRoundConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewRoundEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReviewRound']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReviewRoundEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRoundEdge'] = ResolversParentTypes['ReviewRoundEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewRound'], ParentType, ContextType>;
}>;

export type ReviewPartyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPartyConnection'] = ResolversParentTypes['ReviewPartyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewPartyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReviewParty']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReviewPartyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPartyEdge'] = ResolversParentTypes['ReviewPartyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewParty'], ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  annualReviews?: Resolver<ResolversTypes['ReviewPartyConnection'], ParentType, ContextType, RequireFields<ResidentUnitAnnualReviewsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  jointMeeting?: Resolver<Maybe<ResolversTypes['JointMeeting']>, ParentType, ContextType, RequireFields<QueryJointMeetingArgs, 'id'>>;
  reviewRound?: Resolver<Maybe<ResolversTypes['ReviewRound']>, ParentType, ContextType, RequireFields<QueryReviewRoundArgs, 'id'>>;
  reviewParty?: Resolver<Maybe<ResolversTypes['ReviewParty']>, ParentType, ContextType, RequireFields<QueryReviewPartyArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'input'>>;
  moveOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationMoveOrganizationArgs, 'id' | 'parentId'>>;
  gradeOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationGradeOrganizationArgs, 'id' | 'year' | 'level'>>;
  addCommitteeSeat?: Resolver<ResolversTypes['CommitteeSeatPayload'], ParentType, ContextType, RequireFields<MutationAddCommitteeSeatArgs, 'input'>>;
  endCommitteeSeat?: Resolver<ResolversTypes['CommitteeSeatPayload'], ParentType, ContextType, RequireFields<MutationEndCommitteeSeatArgs, 'id' | 'endsOn'>>;
  conveneJointMeeting?: Resolver<ResolversTypes['JointMeetingPayload'], ParentType, ContextType, RequireFields<MutationConveneJointMeetingArgs, 'input'>>;
  cancelJointMeeting?: Resolver<ResolversTypes['JointMeetingPayload'], ParentType, ContextType, RequireFields<MutationCancelJointMeetingArgs, 'id' | 'reason'>>;
  recordMeetingAttendance?: Resolver<ResolversTypes['JointMeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordMeetingAttendanceArgs, 'id' | 'attendance'>>;
  recordMeetingMinutes?: Resolver<ResolversTypes['JointMeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordMeetingMinutesArgs, 'id' | 'minutes'>>;
  recordMeetingDecision?: Resolver<ResolversTypes['MeetingDecisionPayload'], ParentType, ContextType, RequireFields<MutationRecordMeetingDecisionArgs, 'input'>>;
  updateDecision?: Resolver<ResolversTypes['MeetingDecisionPayload'], ParentType, ContextType, RequireFields<MutationUpdateDecisionArgs, 'id' | 'input'>>;
  openReviewRound?: Resolver<ResolversTypes['ReviewRoundPayload'], ParentType, ContextType, RequireFields<MutationOpenReviewRoundArgs, 'input'>>;
  submitReviewReport?: Resolver<ResolversTypes['ReviewPartyPayload'], ParentType, ContextType, RequireFields<MutationSubmitReviewReportArgs, 'input'>>;
  scoreReviewParty?: Resolver<ResolversTypes['ReviewPartyPayload'], ParentType, ContextType, RequireFields<MutationScoreReviewPartyArgs, 'input'>>;
  giveReviewOpinion?: Resolver<ResolversTypes['ReviewPartyPayload'], ParentType, ContextType, RequireFields<MutationGiveReviewOpinionArgs, 'input'>>;
  inviteReviewRaters?: Resolver<ResolversTypes['ReviewRoundPayload'], ParentType, ContextType, RequireFields<MutationInviteReviewRatersArgs, 'id' | 'raters'>>;
  closeReviewRound?: Resolver<ResolversTypes['ReviewRoundPayload'], ParentType, ContextType, RequireFields<MutationCloseReviewRoundArgs, 'id'>>;
}>;

export type JointMeetingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeetingPayload'] = ResolversParentTypes['JointMeetingPayload']> = ResolversObject<{
  meeting?: Resolver<Maybe<ResolversTypes['JointMeeting']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeetingDecisionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingDecisionPayload'] = ResolversParentTypes['MeetingDecisionPayload']> = ResolversObject<{
  decision?: Resolver<Maybe<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReviewRoundPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRoundPayload'] = ResolversParentTypes['ReviewRoundPayload']> = ResolversObject<{
  round?: Resolver<Maybe<ResolversTypes['ReviewRound']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReviewPartyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPartyPayload'] = ResolversParentTypes['ReviewPartyPayload']> = ResolversObject<{
  party?: Resolver<Maybe<ResolversTypes['ReviewParty']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CommitteeSeatPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeSeatPayload'] = ResolversParentTypes['CommitteeSeatPayload']> = ResolversObject<{
  seat?: Resolver<Maybe<ResolversTypes['CommitteeSeat']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Organization?: OrganizationResolvers<ContextType>;
  Grading?: GradingResolvers<ContextType>;
  CommitteeSeat?: CommitteeSeatResolvers<ContextType>;
  JointMeeting?: JointMeetingResolvers<ContextType>;
  MeetingInvitee?: MeetingInviteeResolvers<ContextType>;
  MeetingDecision?: MeetingDecisionResolvers<ContextType>;
  DecisionOwner?: DecisionOwnerResolvers<ContextType>;
  DecisionFollowUp?: DecisionFollowUpResolvers<ContextType>;
  JointMeetingConnection?: JointMeetingConnectionResolvers<ContextType>;
  JointMeetingEdge?: JointMeetingEdgeResolvers<ContextType>;
  MeetingDecisionConnection?: MeetingDecisionConnectionResolvers<ContextType>;
  MeetingDecisionEdge?: MeetingDecisionEdgeResolvers<ContextType>;
  Statistics?: StatisticsResolvers<ContextType>;
  ReviewStatistics?: ReviewStatisticsResolvers<ContextType>;
  MeetingStatistics?: MeetingStatisticsResolvers<ContextType>;
  ReviewRound?: ReviewRoundResolvers<ContextType>;
  ReviewCriterion?: ReviewCriterionResolvers<ContextType>;
  ReviewRater?: ReviewRaterResolvers<ContextType>;
  ReviewParty?: ReviewPartyResolvers<ContextType>;
  ReviewReport?: ReviewReportResolvers<ContextType>;
  ReviewFigures?: ReviewFiguresResolvers<ContextType>;
  CriterionScore?: CriterionScoreResolvers<ContextType>;
  RaterScores?: RaterScoresResolvers<ContextType>;
  CriterionResult?: CriterionResultResolvers<ContextType>;
  ReviewHistoryEntry?: ReviewHistoryEntryResolvers<ContextType>;
  ReviewRoundConnection?: ReviewRoundConnectionResolvers<ContextType>;
  ReviewRoundEdge?: ReviewRoundEdgeResolvers<ContextType>;
  ReviewPartyConnection?: ReviewPartyConnectionResolvers<ContextType>;
  ReviewPartyEdge?: ReviewPartyEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  JointMeetingPayload?: JointMeetingPayloadResolvers<ContextType>;
  MeetingDecisionPayload?: MeetingDecisionPayloadResolvers<ContextType>;
  ReviewRoundPayload?: ReviewRoundPayloadResolvers<ContextType>;
  ReviewPartyPayload?: ReviewPartyPayloadResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  CommitteeSeatPayload?: CommitteeSeatPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

