import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberDoc, ServiceRecordDoc, FeedbackDoc } from '../models';
import type { Connection, Edge } from '../../../platform/data/pagination';
import type { EntityRef } from '../../../platform/server/subgraph';
import type { StatisticsScope } from '../../../platform/rules/statistics';
import type { EmployerHoursRow } from '../resolvers/Statistics';
import type { ReviewRecordKey } from '../../../platform/rules/reviews';
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
 * 党员 · Member: a Party member, with the branch that manages the membership
 * and, for an employed member (在职党员), the community reported to (到社区报到).
 */
export type Member = {
  __typename?: 'Member';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 姓名 · Name. */
  name: Scalars['String']['output'];
  /** 党员类别 · How the membership is managed. */
  category: MemberCategory;
  /** 所在党组织 · The branch that manages this member (home branch). */
  organization?: Maybe<Organization>;
  /** 报到社区 · The community this member reports to (到社区报到), if any. */
  reportsTo?: Maybe<Organization>;
  /** 报到时间 · When the member reported to that community. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 工作单位 · The resident unit that employs this member, if it takes part in co-building. */
  employer?: Maybe<ResidentUnit>;
  /** 手机号 · Personal data: only inside the member's territory, and to the member. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 身份证号 · Personal data, shown masked (first 6 and last 4); only inside the member's territory, and to the member. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 设岗定责 · The posts and responsibilities the member took on. */
  posts: Array<Post>;
  /** 党员中心户 · True when the member is a Party-member central household. */
  centralHousehold: Scalars['Boolean']['output'];
  /** 联系户数 · Households the member contacts as a central household (15 to 20 is usual). */
  householdsContacted?: Maybe<Scalars['Int']['output']>;
  /** 志愿服务记录 · The member's volunteer service records, in the order recorded. */
  serviceRecords: ServiceRecordConnection;
  /** 志愿服务时长 · Confirmed volunteer hours in a year. */
  volunteerHours: Scalars['Float']['output'];
  /** 反馈 · Feedback sent to the member's employer (including the negative list, 负面清单). Protected. */
  feedback: Array<Feedback>;
};


/**
 * 党员 · Member: a Party member, with the branch that manages the membership
 * and, for an employed member (在职党员), the community reported to (到社区报到).
 */
export type MemberServiceRecordsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 党员 · Member: a Party member, with the branch that manages the membership
 * and, for an employed member (在职党员), the community reported to (到社区报到).
 */
export type MemberVolunteerHoursArgs = {
  year: Scalars['Int']['input'];
};

/** 设岗定责 · A post a member took on. */
export type Post = {
  __typename?: 'Post';
  /** 岗位 · The post, e.g. 政策宣传岗. */
  title: Scalars['String']['output'];
  /** 职责 · What it involves. */
  responsibility?: Maybe<Scalars['String']['output']>;
};

/**
 * 志愿服务记录 · ServiceRecord: hours a member served, what was served (a need
 * or a project when there is one), and who confirmed it.
 */
export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 党员 · Who served. */
  member: Member;
  /** 服务日期 · When. */
  servedOn: Scalars['DateTime']['output'];
  /** 时长 · Hours served (0.5 to 24). */
  hours: Scalars['Float']['output'];
  /** 内容 · What was done. */
  description: Scalars['String']['output'];
  /** 服务需求 · The need served, if any. */
  need?: Maybe<Need>;
  /** 服务项目 · The co-building project served, if any. */
  project?: Maybe<Project>;
  /** 共建活动 · The activity it was checked in at, if any: such a record is written from the check-in, already confirmed. */
  activity?: Maybe<Activity>;
  /** 确认人 · Who confirmed it (token subject); null until confirmed. */
  confirmedBy?: Maybe<Scalars['String']['output']>;
  /** 确认时间 · When it was confirmed. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** 反馈类型 · Kind of feedback to an employer. */
export const FeedbackKind = {
  /** 表扬 · Commendation. */
  COMMENDATION: 'COMMENDATION',
  /** 提醒 · A concern raised. */
  CONCERN: 'CONCERN',
  /** 负面清单 · An entry on the negative list. */
  NEGATIVE_LIST: 'NEGATIVE_LIST'
} as const;

export type FeedbackKind = typeof FeedbackKind[keyof typeof FeedbackKind];
/**
 * 反馈 · Feedback: what the community tells an employed member's employer about
 * the member's conduct in the community (in-job members' evaluation).
 */
export type Feedback = {
  __typename?: 'Feedback';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 党员 · The member concerned. */
  member: Member;
  /** 反馈社区 · The community that sent it. */
  community?: Maybe<Organization>;
  /** 工作单位 · The employer it was sent to. */
  employer?: Maybe<ResidentUnit>;
  /** 类型 · Commendation, concern or negative-list entry. */
  kind: FeedbackKind;
  /** 年度 · The year it concerns. */
  year: Scalars['Int']['output'];
  /** 内容 · What happened. */
  note: Scalars['String']['output'];
  /** 时间 · When it was sent. */
  createdAt: Scalars['DateTime']['output'];
};

/** 需求 · Need, referenced here as what a service record served. */
export type Need = {
  __typename?: 'Need';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
};

/** 共建项目 · Project, referenced here as what a service record served. */
export type Project = {
  __typename?: 'Project';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
};

/** 共建活动 · Activity, referenced here as where a service record's hours were checked in. */
export type Activity = {
  __typename?: 'Activity';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
};

/** 志愿服务记录分页 · A page of service records. */
export type ServiceRecordConnection = {
  __typename?: 'ServiceRecordConnection';
  /** 边 · The records of this page with their cursors. */
  edges: Array<ServiceRecordEdge>;
  /** 节点 · The records of this page. */
  nodes: Array<ServiceRecord>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 志愿服务记录分页边 · A record and its cursor. */
export type ServiceRecordEdge = {
  __typename?: 'ServiceRecordEdge';
  /** 游标 · Opaque cursor of this record. */
  cursor: Scalars['String']['output'];
  /** 记录 · The record. */
  node: ServiceRecord;
};

/** 党员类别 · Category of Party member. */
export const MemberCategory = {
  /** 直管党员 · Managed directly by the community or grid branch where they live. */
  DIRECT: 'DIRECT',
  /** 在职党员 · Employed member: branch at the workplace, reports to the residential community. */
  EMPLOYED: 'EMPLOYED',
  /** 双重管理党员 · Managed by both the workplace branch and the community. */
  DUAL: 'DUAL',
  /** 流动党员 · Floating member, living away from the home branch. */
  FLOATING: 'FLOATING'
} as const;

export type MemberCategory = typeof MemberCategory[keyof typeof MemberCategory];
/** 党组织 · Organization, extended here with its members. */
export type Organization = {
  __typename?: 'Organization';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 党员 · Members whose home branch is this organisation, in creation order. */
  members?: Maybe<MemberConnection>;
  /** 报到党员 · Employed members who reported to this community (到社区报到), in creation order. */
  reportedMembers?: Maybe<MemberConnection>;
  /** 志愿服务时长 · Confirmed volunteer hours in a year of every member whose home branch is in this territory. */
  volunteerHours?: Maybe<Scalars['Float']['output']>;
};


/** 党组织 · Organization, extended here with its members. */
export type OrganizationMembersArgs = {
  category?: InputMaybe<MemberCategory>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its members. */
export type OrganizationReportedMembersArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its members. */
export type OrganizationVolunteerHoursArgs = {
  year: Scalars['Int']['input'];
};

/** 驻区单位 · ResidentUnit, extended here with the members it employs. */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 在职党员 · Members employed by this unit, in creation order. */
  employedMembers?: Maybe<MemberConnection>;
  /** 志愿服务时长 · Confirmed volunteer hours in a year of the members it employs. */
  volunteerHours?: Maybe<Scalars['Float']['output']>;
  /** 党员反馈 · Feedback on its members from communities. Protected: its own admins and the committees of its territory. */
  memberFeedback?: Maybe<Array<Feedback>>;
};


/** 驻区单位 · ResidentUnit, extended here with the members it employs. */
export type ResidentUnitEmployedMembersArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with the members it employs. */
export type ResidentUnitVolunteerHoursArgs = {
  year: Scalars['Int']['input'];
};

/** 党员分页 · A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** 边 · The members of this page with their cursors. */
  edges: Array<MemberEdge>;
  /** 节点 · The members of this page. */
  nodes: Array<Member>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 党员分页边 · A member and its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** 游标 · Opaque cursor of this member in the list. */
  cursor: Scalars['String']['output'];
  /** 党员 · The member. */
  node: Member;
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
  /** 党员 · One member by id; null when there is none. */
  member?: Maybe<Member>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 同步辖区 · Brings the members, their service records and feedback under an organisation in line with where the tree now has it (after
   * moveOrganization, which calls it). Internal: called on this subgraph directly, not through the gateway;
   * for a committee that governs the organisation. Returns how many documents changed.
   */
  syncMembersTerritory: Scalars['Int']['output'];
  /** 登记党员 · Registers a member in a branch. For the committees that govern it. */
  registerMember: MemberPayload;
  /** 修改党员信息 · Posts, central household, phone. For the committees of the member's territory. */
  updateMember: MemberPayload;
  /** 到社区报到 · Records that an employed member reported to a community. For that community's committee, or the member. */
  reportToCommunity: MemberPayload;
  /**
   * 记录志愿服务 · Records hours served, once per member, need (or project, or service described) and day.
   * For the member, or the committees and grid workers of the member's territory.
   */
  recordService: ServiceRecordPayload;
  /** 确认志愿服务 · Confirms a record; only confirmed hours count. For the committees of the member's territory. */
  confirmService: ServiceRecordPayload;
  /**
   * 活动时长入账 · Writes the hours checked in at an activity onto the attending members' records as
   * confirmed service, once each (after checkInAttendance, which calls it). Internal: called on this
   * subgraph directly, not through the gateway. It takes nothing on trust from the caller: the attendance
   * is read from the services subgraph, which owns it, with the caller's token (so only those who may
   * read the activity's sign-ups get anything written). Returns the sign-ups whose hours are on the records.
   */
  recordActivityHours: Array<Scalars['ID']['output']>;
  /** 反馈工作单位 · Sends feedback on an employed member to the employer (including 负面清单). For the committee of the community the member reports to. */
  sendFeedback: FeedbackPayload;
};


export type MutationSyncMembersTerritoryArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationRegisterMemberArgs = {
  input: RegisterMemberInput;
};


export type MutationUpdateMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMemberInput;
};


export type MutationReportToCommunityArgs = {
  memberId: Scalars['ID']['input'];
  communityId: Scalars['ID']['input'];
  reportedAt: Scalars['DateTime']['input'];
};


export type MutationRecordServiceArgs = {
  input: RecordServiceInput;
};


export type MutationConfirmServiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordActivityHoursArgs = {
  activityId: Scalars['ID']['input'];
};


export type MutationSendFeedbackArgs = {
  input: SendFeedbackInput;
};

/** 登记党员 · A member to register. */
export type RegisterMemberInput = {
  /** 所在党组织 · The home branch. */
  organizationId: Scalars['ID']['input'];
  /** 姓名 · 2 to 50 characters. */
  name: Scalars['String']['input'];
  /** 党员类别 · Category. */
  category: MemberCategory;
  /** 工作单位 · The employing resident unit, if any. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** 手机号 · 11-digit mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 · 18 characters with a valid check character; one member per number. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
};

/** 修改党员信息 · Changes; omitted fields stay as they are. */
export type UpdateMemberInput = {
  /** 设岗定责 · The member's posts (replaces the list; up to 10). */
  posts?: InputMaybe<Array<PostInput>>;
  /** 党员中心户 · Whether the member is a central household. */
  centralHousehold?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系户数 · Households contacted, 0 to 50. */
  householdsContacted?: InputMaybe<Scalars['Int']['input']>;
  /** 手机号 · 11-digit mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 设岗定责 · A post. */
export type PostInput = {
  /** 岗位 · 1 to 50 characters. */
  title: Scalars['String']['input'];
  /** 职责 · Up to 200 characters. */
  responsibility?: InputMaybe<Scalars['String']['input']>;
};

/** 记录志愿服务 · Hours served. */
export type RecordServiceInput = {
  /** 党员 · Who served. */
  memberId: Scalars['ID']['input'];
  /** 服务日期 · When, not in the future. */
  servedOn: Scalars['DateTime']['input'];
  /** 时长 · 0.5 to 24 hours. */
  hours: Scalars['Float']['input'];
  /** 内容 · 2 to 200 characters. */
  description: Scalars['String']['input'];
  /** 服务需求 · The need served, if any: one the caller can see. */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** 服务项目 · The project served, if any: one the caller can see. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** 反馈 · Feedback to send. */
export type SendFeedbackInput = {
  /** 党员 · The employed member concerned. */
  memberId: Scalars['ID']['input'];
  /** 类型 · Kind. */
  kind: FeedbackKind;
  /** 年度 · The year it concerns, not in the future. */
  year: Scalars['Int']['input'];
  /** 内容 · 2 to 500 characters. */
  note: Scalars['String']['input'];
};

/** 结果 · The member, or why nothing changed. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** 党员 · The member as it is now; null when there are errors. */
  member?: Maybe<Member>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The record, or why nothing changed. */
export type ServiceRecordPayload = {
  __typename?: 'ServiceRecordPayload';
  /** 志愿服务记录 · The record as it is now; null when there are errors. */
  record?: Maybe<ServiceRecord>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 结果 · The feedback, or why nothing was sent. */
export type FeedbackPayload = {
  __typename?: 'FeedbackPayload';
  /** 反馈 · The feedback sent; null when there are errors. */
  feedback?: Maybe<Feedback>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/**
 * 统计 · A territory's figures for a period (see the services subgraph); the
 * members subgraph adds the volunteer hours confirmed for services in the
 * period by members of the territory. For the committees of the territory.
 */
export type Statistics = {
  __typename?: 'Statistics';
  /** 组织 · The organisation whose territory is counted. */
  organizationId: Scalars['ID']['output'];
  /** 起始时间 · Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** 截止时间 · End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
  /** 志愿服务时长(按党员类别) · Confirmed volunteer hours by member category. */
  volunteerHoursByCategory?: Maybe<Array<CategoryHours>>;
  /** 志愿服务时长(按单位) · Confirmed volunteer hours of employed members, by employer, most first. */
  volunteerHoursByEmployer?: Maybe<Array<EmployerHours>>;
};


/**
 * 统计 · A territory's figures for a period (see the services subgraph); the
 * members subgraph adds the volunteer hours confirmed for services in the
 * period by members of the territory. For the committees of the territory.
 */
export type StatisticsVolunteerHoursByEmployerArgs = {
  first?: Scalars['Int']['input'];
};

/** 类别时长 · Volunteer hours of one member category. */
export type CategoryHours = {
  __typename?: 'CategoryHours';
  /** 党员类别 · The category. */
  category: MemberCategory;
  /** 时长 · Confirmed hours. */
  hours: Scalars['Float']['output'];
};

/** 单位时长 · Volunteer hours of one employer's members. */
export type EmployerHours = {
  __typename?: 'EmployerHours';
  /** 工作单位 · The employer. */
  employer?: Maybe<ResidentUnit>;
  /** 时长 · Confirmed hours. */
  hours: Scalars['Float']['output'];
};

/**
 * 年度实绩 · ReviewRecord: a party's record for a year in a reviewing committee's territory (述职评议), answered by
 * the subgraphs that keep it — services its claims and activities, members its members reported and their
 * hours, resident-units its agreements' commitments. The organizations subgraph reads it with the caller's
 * token when a report is submitted (ReviewParty.report). For the committees over the territory and the unit's admins.
 */
export type ReviewRecord = {
  __typename?: 'ReviewRecord';
  /** 类型 · Unit or Party organisation. */
  partyType: ReviewPartyType;
  /** 标识 · The unit's or the organisation's id. */
  partyId: Scalars['ID']['output'];
  /** 社区 · The reviewing committee's organisation (a community or a street). */
  communityId: Scalars['ID']['output'];
  /** 年度 · The year. */
  year: Scalars['Int']['output'];
  /** 报到党员 · Members who reported to the community (双报到): the unit's employees, or the Party organisation's members. */
  membersReported: Scalars['Int']['output'];
  /** 志愿服务时长 · Confirmed volunteer hours those members served in the year. */
  volunteerHours: Scalars['Float']['output'];
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
  Member: Member;
  ServiceRecord: ServiceRecord;
  Organization: Organization;
  ResidentUnit: ResidentUnit;
  Statistics: Statistics;
  ReviewRecord: ReviewRecord;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  ServiceRecord:
    ( { __typename: 'ServiceRecord' }
    & GraphQLRecursivePick<FederationTypes['ServiceRecord'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
  Statistics:
    ( { __typename: 'Statistics' }
    & GraphQLRecursivePick<FederationTypes['Statistics'], {"organizationId":true,"from":true,"to":true}> );
  ReviewRecord:
    ( { __typename: 'ReviewRecord' }
    & GraphQLRecursivePick<FederationTypes['ReviewRecord'], {"partyType":true,"partyId":true,"communityId":true,"year":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Member: ResolverTypeWrapper<MemberDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Post: ResolverTypeWrapper<Post>;
  ServiceRecord: ResolverTypeWrapper<ServiceRecordDoc>;
  FeedbackKind: FeedbackKind;
  Feedback: ResolverTypeWrapper<FeedbackDoc>;
  Need: ResolverTypeWrapper<EntityRef>;
  Project: ResolverTypeWrapper<EntityRef>;
  Activity: ResolverTypeWrapper<EntityRef>;
  ServiceRecordConnection: ResolverTypeWrapper<Connection<ServiceRecordDoc>>;
  ServiceRecordEdge: ResolverTypeWrapper<Edge<ServiceRecordDoc>>;
  MemberCategory: MemberCategory;
  Organization: ResolverTypeWrapper<EntityRef>;
  ResidentUnit: ResolverTypeWrapper<EntityRef>;
  MemberConnection: ResolverTypeWrapper<Connection<MemberDoc>>;
  MemberEdge: ResolverTypeWrapper<Edge<MemberDoc>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterMemberInput: RegisterMemberInput;
  UpdateMemberInput: UpdateMemberInput;
  PostInput: PostInput;
  RecordServiceInput: RecordServiceInput;
  SendFeedbackInput: SendFeedbackInput;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversTypes['Member']> }>;
  ServiceRecordPayload: ResolverTypeWrapper<Omit<ServiceRecordPayload, 'record'> & { record?: Maybe<ResolversTypes['ServiceRecord']> }>;
  FeedbackPayload: ResolverTypeWrapper<Omit<FeedbackPayload, 'feedback'> & { feedback?: Maybe<ResolversTypes['Feedback']> }>;
  Statistics: ResolverTypeWrapper<StatisticsScope>;
  CategoryHours: ResolverTypeWrapper<CategoryHours>;
  EmployerHours: ResolverTypeWrapper<EmployerHoursRow>;
  ReviewRecord: ResolverTypeWrapper<ReviewRecordKey>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  ReviewPartyType: ReviewPartyType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Member: MemberDoc;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Post: Post;
  ServiceRecord: ServiceRecordDoc;
  Feedback: FeedbackDoc;
  Need: EntityRef;
  Project: EntityRef;
  Activity: EntityRef;
  ServiceRecordConnection: Connection<ServiceRecordDoc>;
  ServiceRecordEdge: Edge<ServiceRecordDoc>;
  Organization: EntityRef;
  ResidentUnit: EntityRef;
  MemberConnection: Connection<MemberDoc>;
  MemberEdge: Edge<MemberDoc>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  RegisterMemberInput: RegisterMemberInput;
  UpdateMemberInput: UpdateMemberInput;
  PostInput: PostInput;
  RecordServiceInput: RecordServiceInput;
  SendFeedbackInput: SendFeedbackInput;
  MemberPayload: Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversParentTypes['Member']> };
  ServiceRecordPayload: Omit<ServiceRecordPayload, 'record'> & { record?: Maybe<ResolversParentTypes['ServiceRecord']> };
  FeedbackPayload: Omit<FeedbackPayload, 'feedback'> & { feedback?: Maybe<ResolversParentTypes['Feedback']> };
  Statistics: StatisticsScope;
  CategoryHours: CategoryHours;
  EmployerHours: EmployerHoursRow;
  ReviewRecord: ReviewRecordKey;
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['MemberCategory'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  reportsTo?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  centralHousehold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  householdsContacted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceRecords?: Resolver<ResolversTypes['ServiceRecordConnection'], ParentType, ContextType, RequireFields<MemberServiceRecordsArgs, 'first'>>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType, RequireFields<MemberVolunteerHoursArgs, 'year'>>;
  feedback?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType>;
}>;

export type PostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = ResolversObject<{
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServiceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRecord'] = ResolversParentTypes['ServiceRecord'], FederationReferenceType extends FederationReferenceTypes['ServiceRecord'] = FederationReferenceTypes['ServiceRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  servedOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type FeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeedbackKind'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type NeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRecordConnection'] = ResolversParentTypes['ServiceRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRecordEdge'] = ResolversParentTypes['ServiceRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRecord'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  reportedMembers?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, RequireFields<OrganizationReportedMembersArgs, 'first'>>;
  volunteerHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<OrganizationVolunteerHoursArgs, 'year'>>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  employedMembers?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, RequireFields<ResidentUnitEmployedMembersArgs, 'first'>>;
  volunteerHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<ResidentUnitVolunteerHoursArgs, 'year'>>;
  memberFeedback?: Resolver<Maybe<Array<ResolversTypes['Feedback']>>, ParentType, ContextType>;
}>;

export type MemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'id'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  syncMembersTerritory?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSyncMembersTerritoryArgs, 'organizationId'>>;
  registerMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationRegisterMemberArgs, 'input'>>;
  updateMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationUpdateMemberArgs, 'id' | 'input'>>;
  reportToCommunity?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationReportToCommunityArgs, 'memberId' | 'communityId' | 'reportedAt'>>;
  recordService?: Resolver<ResolversTypes['ServiceRecordPayload'], ParentType, ContextType, RequireFields<MutationRecordServiceArgs, 'input'>>;
  confirmService?: Resolver<ResolversTypes['ServiceRecordPayload'], ParentType, ContextType, RequireFields<MutationConfirmServiceArgs, 'id'>>;
  recordActivityHours?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationRecordActivityHoursArgs, 'activityId'>>;
  sendFeedback?: Resolver<ResolversTypes['FeedbackPayload'], ParentType, ContextType, RequireFields<MutationSendFeedbackArgs, 'input'>>;
}>;

export type MemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = ResolversObject<{
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ServiceRecordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRecordPayload'] = ResolversParentTypes['ServiceRecordPayload']> = ResolversObject<{
  record?: Resolver<Maybe<ResolversTypes['ServiceRecord']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FeedbackPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackPayload'] = ResolversParentTypes['FeedbackPayload']> = ResolversObject<{
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistics'] = ResolversParentTypes['Statistics'], FederationReferenceType extends FederationReferenceTypes['Statistics'] = FederationReferenceTypes['Statistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  volunteerHoursByCategory?: Resolver<Maybe<Array<ResolversTypes['CategoryHours']>>, ParentType, ContextType>;
  volunteerHoursByEmployer?: Resolver<Maybe<Array<ResolversTypes['EmployerHours']>>, ParentType, ContextType, RequireFields<StatisticsVolunteerHoursByEmployerArgs, 'first'>>;
}>;

export type CategoryHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryHours'] = ResolversParentTypes['CategoryHours']> = ResolversObject<{
  category?: Resolver<ResolversTypes['MemberCategory'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EmployerHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerHours'] = ResolversParentTypes['EmployerHours']> = ResolversObject<{
  employer?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReviewRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRecord'] = ResolversParentTypes['ReviewRecord'], FederationReferenceType extends FederationReferenceTypes['ReviewRecord'] = FederationReferenceTypes['ReviewRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  partyType?: Resolver<ResolversTypes['ReviewPartyType'], ParentType, ContextType>;
  partyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  communityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  ServiceRecord?: ServiceRecordResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ServiceRecordConnection?: ServiceRecordConnectionResolvers<ContextType>;
  ServiceRecordEdge?: ServiceRecordEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  ServiceRecordPayload?: ServiceRecordPayloadResolvers<ContextType>;
  FeedbackPayload?: FeedbackPayloadResolvers<ContextType>;
  Statistics?: StatisticsResolvers<ContextType>;
  CategoryHours?: CategoryHoursResolvers<ContextType>;
  EmployerHours?: EmployerHoursResolvers<ContextType>;
  ReviewRecord?: ReviewRecordResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

