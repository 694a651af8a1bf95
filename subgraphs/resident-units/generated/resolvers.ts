import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ResidentUnitDoc, AgreementDoc, EvaluationDoc } from '../models';
import type { Connection, Edge } from '../../../platform/data/pagination';
import type { EntityRef } from '../../../platform/server/subgraph';
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
 * 驻区单位 · ResidentUnit: an agency, enterprise, school, hospital, property
 * company or social organisation located in a community, taking part in
 * co-building (共驻共建).
 */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 单位名称 · Registered name. */
  name: Scalars['String']['output'];
  /** 单位类型 · What kind of unit this is. */
  kind: ResidentUnitKind;
  /** 统一社会信用代码 · Unified social credit code (18 characters, capitals). */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 地址 · Street address. */
  address?: Maybe<Scalars['String']['output']>;
  /** 位置 · Where the unit is, when known. */
  location?: Maybe<GeoPoint>;
  /** 能力标签 · What the unit can contribute (venue, medical, legal…). */
  capabilities: Array<Capability>;
  /** 所在社区 · The community (社区党委) the unit is located in. */
  community?: Maybe<Organization>;
  /** 所在街道 · The street working committee (街道党工委) over that community. */
  street?: Maybe<Organization>;
  /** 单位党组织 · The unit's own Party organisation, if it has one. */
  partyOrganization?: Maybe<Organization>;
  /**
   * 联系人 · The unit's contact person. Protected: only the unit's own admins and
   * the Party committees of its territory may read it; others get a FORBIDDEN error.
   */
  contact?: Maybe<ContactPerson>;
  /** 共建协议 · Co-building agreements this unit has signed or drafted, in creation order. */
  agreements: AgreementConnection;
  /** 评价记录 · The yearly evaluations of this unit by communities (评先评优征求社区意见), newest year first. */
  evaluations: Array<Evaluation>;
};


/**
 * 驻区单位 · ResidentUnit: an agency, enterprise, school, hospital, property
 * company or social organisation located in a community, taking part in
 * co-building (共驻共建).
 */
export type ResidentUnitAgreementsArgs = {
  status?: InputMaybe<AgreementStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 联系人 · A contact person of a unit. */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  /** 姓名 · Name. */
  name: Scalars['String']['output'];
  /** 电话 · Phone number. */
  phone: Scalars['String']['output'];
  /** 职务 · Position in the unit. */
  title?: Maybe<Scalars['String']['output']>;
};

/**
 * 共建协议 · Agreement: a signed co-building pact between a resident unit and a
 * community or street, with what the unit commits to for its term.
 */
export type Agreement = {
  __typename?: 'Agreement';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 驻区单位 · The unit that commits. */
  unit: ResidentUnit;
  /** 共建方 · The community or street committee on the other side. */
  partner?: Maybe<Organization>;
  /** 生效日期 · First day the agreement is in force. */
  startsOn: Scalars['DateTime']['output'];
  /** 到期日期 · Last day the agreement is in force. */
  expiresOn: Scalars['DateTime']['output'];
  /** 承诺事项 · What the unit undertakes for the term (hours, venues, funds, projects, people, sessions). */
  commitments: Array<Commitment>;
  /** 状态 · DRAFT until both sides sign; then SIGNED until its first day, ACTIVE within its term, EXPIRED once past its last day. */
  status: AgreementStatus;
  /** 单位签署时间 · When the unit signed, if it has. */
  unitSignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 社区签署时间 · When the community or street signed, if it has. */
  partnerSignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 终止原因 · Why it was terminated, if it was. */
  terminationReason?: Maybe<Scalars['String']['output']>;
  /** 续签自 · The agreement this one renews. */
  renewalOf?: Maybe<Agreement>;
};

/** 承诺事项 · One commitment of a co-building agreement. */
export type Commitment = {
  __typename?: 'Commitment';
  /** 类型 · What kind of commitment. */
  kind: CommitmentKind;
  /** 说明 · What exactly, e.g. 每月一次义诊. */
  description: Scalars['String']['output'];
  /** 数量 · How much, in the unit the kind implies (hours, square metres, yuan, projects, people, sessions). */
  amount: Scalars['Float']['output'];
};

/** 承诺类型 · Kind of commitment; the amount is counted in the unit shown. */
export const CommitmentKind = {
  /** 志愿服务时长 · Volunteer hours (小时). */
  VOLUNTEER_HOURS: 'VOLUNTEER_HOURS',
  /** 场地开放 · Venue opened to residents (平方米). */
  VENUE: 'VENUE',
  /** 资金 · Funds (元). */
  FUNDS: 'FUNDS',
  /** 共建项目 · Co-building projects (个). */
  PROJECTS: 'PROJECTS',
  /** 服务人次 · People served or sent (人次). */
  PEOPLE: 'PEOPLE',
  /** 活动场次 · Sessions held (场次). */
  SESSIONS: 'SESSIONS'
} as const;

export type CommitmentKind = typeof CommitmentKind[keyof typeof CommitmentKind];
/** 协议状态 · Lifecycle of an agreement. */
export const AgreementStatus = {
  /** 草稿 · Drafted, waiting for both signatures. */
  DRAFT: 'DRAFT',
  /** 已签署待生效 · Signed by both sides; in force from its first day. */
  SIGNED: 'SIGNED',
  /** 生效 · Signed by both sides and within its term. */
  ACTIVE: 'ACTIVE',
  /** 到期 · Past its last day. */
  EXPIRED: 'EXPIRED',
  /** 终止 · Ended early by one side. */
  TERMINATED: 'TERMINATED',
  /** 已撤回 · A draft withdrawn by one side before both had signed. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type AgreementStatus = typeof AgreementStatus[keyof typeof AgreementStatus];
/** 年度评价 · A community's yearly evaluation of a partner unit (评先评优征求社区意见). */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 年度 · The year evaluated. */
  year: Scalars['Int']['output'];
  /** 评分 · Score from 1 (poor) to 5 (excellent). */
  score: Scalars['Int']['output'];
  /** 评语 · The community's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** 评价社区 · The community that evaluated. */
  community?: Maybe<Organization>;
  /** 评价时间 · When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
};

/** 驻区单位类型 · Kind of resident unit. */
export const ResidentUnitKind = {
  /** 机关 · Government agency. */
  GOVERNMENT_AGENCY: 'GOVERNMENT_AGENCY',
  /** 事业单位 · Public institution. */
  PUBLIC_INSTITUTION: 'PUBLIC_INSTITUTION',
  /** 国有企业 · State-owned enterprise. */
  STATE_ENTERPRISE: 'STATE_ENTERPRISE',
  /** 民营企业 · Private enterprise. */
  PRIVATE_ENTERPRISE: 'PRIVATE_ENTERPRISE',
  /** 社会组织 · Social organisation. */
  SOCIAL_ORGANIZATION: 'SOCIAL_ORGANIZATION',
  /** 学校 · School. */
  SCHOOL: 'SCHOOL',
  /** 医院 · Hospital or clinic. */
  HOSPITAL: 'HOSPITAL',
  /** 物业公司 · Property-management company. */
  PROPERTY_COMPANY: 'PROPERTY_COMPANY',
  /** 个体工商户 · Individual business. */
  INDIVIDUAL_BUSINESS: 'INDIVIDUAL_BUSINESS'
} as const;

export type ResidentUnitKind = typeof ResidentUnitKind[keyof typeof ResidentUnitKind];
/** 能力标签 · What a unit can contribute to co-building. */
export const Capability = {
  /** 场地 · Venues opened to residents (阵地共用). */
  VENUE: 'VENUE',
  /** 医疗 · Medical staff and check-ups. */
  MEDICAL: 'MEDICAL',
  /** 法律 · Legal aid. */
  LEGAL: 'LEGAL',
  /** 教育 · Teaching and tutoring. */
  EDUCATION: 'EDUCATION',
  /** 志愿者 · Volunteers. */
  VOLUNTEERS: 'VOLUNTEERS',
  /** 资金 · Funds. */
  FUNDS: 'FUNDS',
  /** 设备 · Equipment. */
  EQUIPMENT: 'EQUIPMENT',
  /** 培训 · Training. */
  TRAINING: 'TRAINING',
  /** 就业 · Jobs and employment help. */
  EMPLOYMENT: 'EMPLOYMENT',
  /** 养老 · Elder care. */
  ELDER_CARE: 'ELDER_CARE'
} as const;

export type Capability = typeof Capability[keyof typeof Capability];
/** 位置 · A WGS-84 point. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** 纬度 · Latitude in degrees. */
  latitude: Scalars['Float']['output'];
  /** 经度 · Longitude in degrees. */
  longitude: Scalars['Float']['output'];
};

/** 党组织 · Organization, extended here with the resident units located in it. */
export type Organization = {
  __typename?: 'Organization';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 驻区单位 · Resident units located in this community, in creation order. */
  residentUnits?: Maybe<ResidentUnitConnection>;
  /**
   * 共建协议 · Agreements with this community or street as the partner, in creation
   * order; `status: ACTIVE` lists its partner units (共建单位) for now. With `inTerritory`, the agreements
   * of every community or street inside this territory as well (a street's and its communities').
   */
  agreements?: Maybe<AgreementConnection>;
};


/** 党组织 · Organization, extended here with the resident units located in it. */
export type OrganizationResidentUnitsArgs = {
  kind?: InputMaybe<ResidentUnitKind>;
  capability?: InputMaybe<Capability>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with the resident units located in it. */
export type OrganizationAgreementsArgs = {
  status?: InputMaybe<AgreementStatus>;
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 共建协议分页 · A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** 边 · The agreements of this page with their cursors. */
  edges: Array<AgreementEdge>;
  /** 节点 · The agreements of this page. */
  nodes: Array<Agreement>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 共建协议分页边 · An agreement and its cursor. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** 游标 · Opaque cursor of this agreement in the list. */
  cursor: Scalars['String']['output'];
  /** 共建协议 · The agreement. */
  node: Agreement;
};

/** 驻区单位分页 · A page of resident units. */
export type ResidentUnitConnection = {
  __typename?: 'ResidentUnitConnection';
  /** 边 · The units of this page with their cursors. */
  edges: Array<ResidentUnitEdge>;
  /** 节点 · The units of this page. */
  nodes: Array<ResidentUnit>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 驻区单位分页边 · A unit and its cursor. */
export type ResidentUnitEdge = {
  __typename?: 'ResidentUnitEdge';
  /** 游标 · Opaque cursor of this unit in the list. */
  cursor: Scalars['String']['output'];
  /** 驻区单位 · The unit. */
  node: ResidentUnit;
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
  /** 驻区单位 · One resident unit by id; null when there is none. */
  residentUnit?: Maybe<ResidentUnit>;
  /** 共建协议 · One agreement by id; null when there is none. */
  agreement?: Maybe<Agreement>;
  /** 即将到期的协议 · Active agreements inside a territory whose last day falls within the next `days` days. */
  expiringAgreements: AgreementConnection;
};


export type QueryResidentUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpiringAgreementsArgs = {
  within: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 同步辖区 · Brings the resident units and agreements under an organisation in line with where the tree now has it (after
   * moveOrganization, which calls it). Internal: called on this subgraph directly, not through the gateway;
   * for a committee that governs the organisation. Returns how many documents changed.
   */
  syncUnitsTerritory: Scalars['Int']['output'];
  /** 登记驻区单位 · Registers a resident unit in a community. For that community's or its street's committee. */
  registerResidentUnit: ResidentUnitPayload;
  /** 修改单位信息 · Updates a unit. For its own admins and the committees of its territory. */
  updateResidentUnit: ResidentUnitPayload;
  /** 起草共建协议 · Drafts an agreement between a unit and a community or street. For either side. */
  draftAgreement: AgreementPayload;
  /** 签署协议 · Signs for the caller's side; once both sides have signed, the agreement is ACTIVE from its first day (SIGNED until then). */
  signAgreement: AgreementPayload;
  /** 撤回协议 · Withdraws a draft that both sides have not yet signed. For either side. */
  withdrawAgreement: AgreementPayload;
  /** 终止协议 · Ends a signed agreement (active, or not yet in force) early, with a reason. For either side. */
  terminateAgreement: AgreementPayload;
  /** 续签协议 · Drafts the next term of an agreement, starting the day after it ends, with the same or new commitments. */
  renewAgreement: AgreementPayload;
  /** 年度评价 · Records a community's evaluation of a unit for a year, once per unit, community and year. */
  evaluateResidentUnit: EvaluationPayload;
};


export type MutationSyncUnitsTerritoryArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationRegisterResidentUnitArgs = {
  input: RegisterResidentUnitInput;
};


export type MutationUpdateResidentUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResidentUnitInput;
};


export type MutationDraftAgreementArgs = {
  input: DraftAgreementInput;
};


export type MutationSignAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTerminateAgreementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRenewAgreementArgs = {
  id: Scalars['ID']['input'];
  expiresOn: Scalars['DateTime']['input'];
  commitments?: InputMaybe<Array<CommitmentInput>>;
};


export type MutationEvaluateResidentUnitArgs = {
  input: EvaluateResidentUnitInput;
};

/** 登记驻区单位 · A unit to register. */
export type RegisterResidentUnitInput = {
  /** 所在社区 · The community it is located in. */
  communityId: Scalars['ID']['input'];
  /** 单位名称 · Registered name, 2 to 100 characters. */
  name: Scalars['String']['input'];
  /** 单位类型 · Kind of unit. */
  kind: ResidentUnitKind;
  /** 统一社会信用代码 · 18 characters with a valid check character; lower-case letters are taken as capitals. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 地址 · Street address, up to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 位置 · Where the unit is: inside China. */
  location?: InputMaybe<GeoPointInput>;
  /** 能力标签 · What it can contribute. */
  capabilities?: InputMaybe<Array<Capability>>;
  /** 单位党组织 · Its own Party organisation, if any. */
  partyOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 联系人 · Its contact person. */
  contact?: InputMaybe<ContactPersonInput>;
};

/** 修改单位信息 · Changes to a unit; omitted fields stay as they are. */
export type UpdateResidentUnitInput = {
  /** 单位名称 · Registered name, 2 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 · Kind of unit. */
  kind?: InputMaybe<ResidentUnitKind>;
  /** 统一社会信用代码 · 18 characters with a valid check character; lower-case letters are taken as capitals. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 地址 · Street address, up to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 位置 · Where the unit is: inside China. */
  location?: InputMaybe<GeoPointInput>;
  /** 能力标签 · What it can contribute (replaces the list). */
  capabilities?: InputMaybe<Array<Capability>>;
  /** 单位党组织 · Its own Party organisation. */
  partyOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 联系人 · Its contact person. */
  contact?: InputMaybe<ContactPersonInput>;
};

/** 位置 · A WGS-84 point. */
export type GeoPointInput = {
  /** 纬度 · Latitude in degrees, -90 to 90. */
  latitude: Scalars['Float']['input'];
  /** 经度 · Longitude in degrees, -180 to 180. */
  longitude: Scalars['Float']['input'];
};

/** 联系人 · A contact person. */
export type ContactPersonInput = {
  /** 姓名 · Name, up to 50 characters. */
  name: Scalars['String']['input'];
  /** 电话 · Phone number: 11-digit mobile or a fixed line with area code. */
  phone: Scalars['String']['input'];
  /** 职务 · Position, up to 50 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 起草共建协议 · An agreement to draft. */
export type DraftAgreementInput = {
  /** 驻区单位 · The unit that commits. */
  unitId: Scalars['ID']['input'];
  /** 共建方 · The community or street committee. */
  partnerId: Scalars['ID']['input'];
  /** 生效日期 · First day in force. */
  startsOn: Scalars['DateTime']['input'];
  /** 到期日期 · Last day in force; after startsOn, at most 5 years later. */
  expiresOn: Scalars['DateTime']['input'];
  /** 承诺事项 · What the unit undertakes, 1 to 20 items. */
  commitments: Array<CommitmentInput>;
};

/** 承诺事项 · One commitment. */
export type CommitmentInput = {
  /** 类型 · What kind. */
  kind: CommitmentKind;
  /** 说明 · What exactly, up to 200 characters. */
  description: Scalars['String']['input'];
  /** 数量 · How much, more than 0. */
  amount: Scalars['Float']['input'];
};

/** 年度评价 · An evaluation to record. */
export type EvaluateResidentUnitInput = {
  /** 驻区单位 · The unit evaluated. */
  unitId: Scalars['ID']['input'];
  /** 评价社区 · The community evaluating. */
  communityId: Scalars['ID']['input'];
  /** 年度 · The year evaluated, not in the future. */
  year: Scalars['Int']['input'];
  /** 评分 · 1 (poor) to 5 (excellent). */
  score: Scalars['Int']['input'];
  /** 评语 · Up to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** 登记结果 · The unit, or why nothing changed. */
export type ResidentUnitPayload = {
  __typename?: 'ResidentUnitPayload';
  /** 驻区单位 · The unit as it is now; null when there are errors. */
  residentUnit?: Maybe<ResidentUnit>;
  /** 错误 · What was wrong with the request; empty on success. */
  errors: Array<UserError>;
};

/** 协议结果 · The agreement, or why nothing changed. */
export type AgreementPayload = {
  __typename?: 'AgreementPayload';
  /** 共建协议 · The agreement as it is now; null when there are errors. */
  agreement?: Maybe<Agreement>;
  /** 错误 · What was wrong with the request; empty on success. */
  errors: Array<UserError>;
};

/** 评价结果 · The evaluation, or why nothing was recorded. */
export type EvaluationPayload = {
  __typename?: 'EvaluationPayload';
  /** 年度评价 · The evaluation recorded; null when there are errors. */
  evaluation?: Maybe<Evaluation>;
  /** 错误 · What was wrong with the request; empty on success. */
  errors: Array<UserError>;
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
  /**
   * 承诺履行率 · Share (0–1) of the unit's agreement commitments with the reviewing committee's organisation
   * that were met in the year (ResidentUnit.commitmentFulfilment's metRate, counted by the services subgraph);
   * null when nothing was promised, and for a Party organisation.
   */
  commitmentsMet?: Maybe<Scalars['Float']['output']>;
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
  ResidentUnit: ResidentUnit;
  Agreement: Agreement;
  Organization: Organization;
  ReviewRecord: ReviewRecord;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
  Agreement:
    ( { __typename: 'Agreement' }
    & GraphQLRecursivePick<FederationTypes['Agreement'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  ReviewRecord:
    ( { __typename: 'ReviewRecord' }
    & GraphQLRecursivePick<FederationTypes['ReviewRecord'], {"partyType":true,"partyId":true,"communityId":true,"year":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ResidentUnit: ResolverTypeWrapper<ResidentUnitDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContactPerson: ResolverTypeWrapper<ContactPerson>;
  Agreement: ResolverTypeWrapper<AgreementDoc>;
  Commitment: ResolverTypeWrapper<Commitment>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CommitmentKind: CommitmentKind;
  AgreementStatus: AgreementStatus;
  Evaluation: ResolverTypeWrapper<EvaluationDoc>;
  ResidentUnitKind: ResidentUnitKind;
  Capability: Capability;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Organization: ResolverTypeWrapper<EntityRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgreementConnection: ResolverTypeWrapper<Connection<AgreementDoc>>;
  AgreementEdge: ResolverTypeWrapper<Edge<AgreementDoc>>;
  ResidentUnitConnection: ResolverTypeWrapper<Connection<ResidentUnitDoc>>;
  ResidentUnitEdge: ResolverTypeWrapper<Edge<ResidentUnitDoc>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterResidentUnitInput: RegisterResidentUnitInput;
  UpdateResidentUnitInput: UpdateResidentUnitInput;
  GeoPointInput: GeoPointInput;
  ContactPersonInput: ContactPersonInput;
  DraftAgreementInput: DraftAgreementInput;
  CommitmentInput: CommitmentInput;
  EvaluateResidentUnitInput: EvaluateResidentUnitInput;
  ResidentUnitPayload: ResolverTypeWrapper<Omit<ResidentUnitPayload, 'residentUnit'> & { residentUnit?: Maybe<ResolversTypes['ResidentUnit']> }>;
  AgreementPayload: ResolverTypeWrapper<Omit<AgreementPayload, 'agreement'> & { agreement?: Maybe<ResolversTypes['Agreement']> }>;
  EvaluationPayload: ResolverTypeWrapper<Omit<EvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  ReviewRecord: ResolverTypeWrapper<ReviewRecordKey>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  ReviewPartyType: ReviewPartyType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  ResidentUnit: ResidentUnitDoc;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ContactPerson: ContactPerson;
  Agreement: AgreementDoc;
  Commitment: Commitment;
  Float: Scalars['Float']['output'];
  Evaluation: EvaluationDoc;
  GeoPoint: GeoPoint;
  Organization: EntityRef;
  Boolean: Scalars['Boolean']['output'];
  AgreementConnection: Connection<AgreementDoc>;
  AgreementEdge: Edge<AgreementDoc>;
  ResidentUnitConnection: Connection<ResidentUnitDoc>;
  ResidentUnitEdge: Edge<ResidentUnitDoc>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  RegisterResidentUnitInput: RegisterResidentUnitInput;
  UpdateResidentUnitInput: UpdateResidentUnitInput;
  GeoPointInput: GeoPointInput;
  ContactPersonInput: ContactPersonInput;
  DraftAgreementInput: DraftAgreementInput;
  CommitmentInput: CommitmentInput;
  EvaluateResidentUnitInput: EvaluateResidentUnitInput;
  ResidentUnitPayload: Omit<ResidentUnitPayload, 'residentUnit'> & { residentUnit?: Maybe<ResolversParentTypes['ResidentUnit']> };
  AgreementPayload: Omit<AgreementPayload, 'agreement'> & { agreement?: Maybe<ResolversParentTypes['Agreement']> };
  EvaluationPayload: Omit<EvaluationPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  ReviewRecord: ReviewRecordKey;
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResidentUnitKind'], ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  partyOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<ResidentUnitAgreementsArgs, 'first'>>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
}>;

export type ContactPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'], FederationReferenceType extends FederationReferenceTypes['Agreement'] = FederationReferenceTypes['Agreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ResidentUnit'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  unitSignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partnerSignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  renewalOf?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type CommitmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  residentUnits?: Resolver<Maybe<ResolversTypes['ResidentUnitConnection']>, ParentType, ContextType, RequireFields<OrganizationResidentUnitsArgs, 'first'>>;
  agreements?: Resolver<Maybe<ResolversTypes['AgreementConnection']>, ParentType, ContextType, RequireFields<OrganizationAgreementsArgs, 'inTerritory' | 'first'>>;
}>;

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type ResidentUnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnitConnection'] = ResolversParentTypes['ResidentUnitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidentUnitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ResidentUnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnitEdge'] = ResolversParentTypes['ResidentUnitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResidentUnit'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  residentUnit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType, RequireFields<QueryResidentUnitArgs, 'id'>>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  expiringAgreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryExpiringAgreementsArgs, 'within' | 'days' | 'first'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  syncUnitsTerritory?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSyncUnitsTerritoryArgs, 'organizationId'>>;
  registerResidentUnit?: Resolver<ResolversTypes['ResidentUnitPayload'], ParentType, ContextType, RequireFields<MutationRegisterResidentUnitArgs, 'input'>>;
  updateResidentUnit?: Resolver<ResolversTypes['ResidentUnitPayload'], ParentType, ContextType, RequireFields<MutationUpdateResidentUnitArgs, 'id' | 'input'>>;
  draftAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationDraftAgreementArgs, 'input'>>;
  signAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationSignAgreementArgs, 'id'>>;
  withdrawAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationWithdrawAgreementArgs, 'id'>>;
  terminateAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationTerminateAgreementArgs, 'id' | 'reason'>>;
  renewAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationRenewAgreementArgs, 'id' | 'expiresOn'>>;
  evaluateResidentUnit?: Resolver<ResolversTypes['EvaluationPayload'], ParentType, ContextType, RequireFields<MutationEvaluateResidentUnitArgs, 'input'>>;
}>;

export type ResidentUnitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnitPayload'] = ResolversParentTypes['ResidentUnitPayload']> = ResolversObject<{
  residentUnit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AgreementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementPayload'] = ResolversParentTypes['AgreementPayload']> = ResolversObject<{
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationPayload'] = ResolversParentTypes['EvaluationPayload']> = ResolversObject<{
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReviewRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRecord'] = ResolversParentTypes['ReviewRecord'], FederationReferenceType extends FederationReferenceTypes['ReviewRecord'] = FederationReferenceTypes['ReviewRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  partyType?: Resolver<ResolversTypes['ReviewPartyType'], ParentType, ContextType>;
  partyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  communityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitmentsMet?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  ResidentUnitConnection?: ResidentUnitConnectionResolvers<ContextType>;
  ResidentUnitEdge?: ResidentUnitEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ResidentUnitPayload?: ResidentUnitPayloadResolvers<ContextType>;
  AgreementPayload?: AgreementPayloadResolvers<ContextType>;
  EvaluationPayload?: EvaluationPayloadResolvers<ContextType>;
  ReviewRecord?: ReviewRecordResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

