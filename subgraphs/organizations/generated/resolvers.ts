import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationDoc, CommitteeSeatDoc } from '../models';
import type { Connection, Edge } from '../../../platform/data/pagination';
import type { EntityRef } from '../../../platform/server/subgraph';
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
/** 党员 · Member, referenced here as a committee seat's holder. */
export type Member = {
  __typename?: 'Member';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
};

/** 驻区单位 · ResidentUnit, referenced here as a part-time seat's unit. */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
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
  INDUSTRY_COMMITTEE: 'INDUSTRY_COMMITTEE'
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
  /**
   * 党组织列表 · Organisations, optionally of one kind and inside one subtree
   * (`within`: every organisation below the given one, at any depth).
   */
  organizations: OrganizationConnection;
};


export type QueryOrganizationArgs = {
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
  /** 日期顺序不对 · An end comes before its start. */
  DATES_OUT_OF_ORDER: 'DATES_OUT_OF_ORDER',
  /** 信用代码重复 · A unit with this unified social credit code is already registered. */
  DUPLICATE_CREDIT_CODE: 'DUPLICATE_CREDIT_CODE',
  /** 身份证号重复 · A member with this ID number is already registered. */
  DUPLICATE_ID_NUMBER: 'DUPLICATE_ID_NUMBER',
  /** 重复派单 · The need was already sent to this offer. */
  DUPLICATE_INVITATION: 'DUPLICATE_INVITATION',
  /** 名称重复 · An organisation of this name already exists under the same parent. */
  DUPLICATE_NAME: 'DUPLICATE_NAME',
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
  /** 日期无效 · The date is in the future or otherwise out of bounds. */
  INVALID_DATE: 'INVALID_DATE',
  /** 天数无效 · The number of working days is out of bounds. */
  INVALID_DAYS: 'INVALID_DAYS',
  /** 截止时间无效 · The deadline is not in the future. */
  INVALID_DEADLINE: 'INVALID_DEADLINE',
  /** 说明无效 · The description is too short or too long. */
  INVALID_DESCRIPTION: 'INVALID_DESCRIPTION',
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
  /** 岗位无效 · Too many posts, or a post out of bounds. */
  INVALID_POSTS: 'INVALID_POSTS',
  /** 数量无效 · The quantity is not a whole number in range. */
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  /** 原因无效 · The reason is too short or too long. */
  INVALID_REASON: 'INVALID_REASON',
  /** 评分无效 · The score is not 1 to 5. */
  INVALID_SCORE: 'INVALID_SCORE',
  /** 状态不符 · The thing is not in a state that allows this action. */
  INVALID_STATE: 'INVALID_STATE',
  /** 街道无效 · No such street. */
  INVALID_STREET: 'INVALID_STREET',
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
  /** 迁移未完成 · Moved, but a subgraph did not follow yet: repeat the move. */
  MOVE_INCOMPLETE: 'MOVE_INCOMPLETE',
  /** 非共建单位 · The unit is neither located in nor partnered with this community. */
  NOT_A_PARTNER: 'NOT_A_PARTNER',
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
  /** 无待批延期 · No extension is waiting for approval. */
  NO_EXTENSION_PENDING: 'NO_EXTENSION_PENDING',
  /** 协议重叠 · An agreement in force overlaps this term. */
  OVERLAPPING_AGREEMENT: 'OVERLAPPING_AGREEMENT',
  /** 超出剩余 · More than the item has left. */
  OVER_CAPACITY: 'OVER_CAPACITY',
  /** 本方条目 · You cannot claim your own item. */
  OWN_ITEM: 'OWN_ITEM',
  /** 待处理认领 · Accept or reject the pending claims first. */
  PENDING_CLAIMS: 'PENDING_CLAIMS',
  /** 稍后重试 · The same request is still being handled; retry shortly. */
  RETRY_LATER: 'RETRY_LATER',
  /** 书记已有 · The committee already has a secretary for that time. */
  SECRETARY_TAKEN: 'SECRETARY_TAKEN',
  /** 报名已截止 · The activity has started or was cancelled: no signing up or withdrawing now. */
  SIGN_UP_CLOSED: 'SIGN_UP_CLOSED',
  /** 期限过长 · The term is too long. */
  TERM_TOO_LONG: 'TERM_TOO_LONG',
  /** 须注明单位 · A part-time seat names the unit. */
  UNIT_REQUIRED: 'UNIT_REQUIRED'
} as const;

export type UserErrorCode = typeof UserErrorCode[keyof typeof UserErrorCode];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  CommitteeSeat:
    ( { __typename: 'CommitteeSeat' }
    & GraphQLRecursivePick<FederationTypes['CommitteeSeat'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Organization: ResolverTypeWrapper<OrganizationDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Grading: ResolverTypeWrapper<Grading>;
  GradingLevel: GradingLevel;
  CommitteeSeat: ResolverTypeWrapper<CommitteeSeatDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  SeatRole: SeatRole;
  Member: ResolverTypeWrapper<EntityRef>;
  ResidentUnit: ResolverTypeWrapper<EntityRef>;
  OrganizationKind: OrganizationKind;
  OrganizationConnection: ResolverTypeWrapper<Connection<OrganizationDoc>>;
  OrganizationEdge: ResolverTypeWrapper<Edge<OrganizationDoc>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  CreateOrganizationInput: CreateOrganizationInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  AddCommitteeSeatInput: AddCommitteeSeatInput;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  CommitteeSeatPayload: ResolverTypeWrapper<Omit<CommitteeSeatPayload, 'seat'> & { seat?: Maybe<ResolversTypes['CommitteeSeat']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Organization: OrganizationDoc;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Grading: Grading;
  CommitteeSeat: CommitteeSeatDoc;
  Boolean: Scalars['Boolean']['output'];
  Member: EntityRef;
  ResidentUnit: EntityRef;
  OrganizationConnection: Connection<OrganizationDoc>;
  OrganizationEdge: Edge<OrganizationDoc>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  CreateOrganizationInput: CreateOrganizationInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  AddCommitteeSeatInput: AddCommitteeSeatInput;
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
}>;

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'input'>>;
  moveOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationMoveOrganizationArgs, 'id' | 'parentId'>>;
  gradeOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationGradeOrganizationArgs, 'id' | 'year' | 'level'>>;
  addCommitteeSeat?: Resolver<ResolversTypes['CommitteeSeatPayload'], ParentType, ContextType, RequireFields<MutationAddCommitteeSeatArgs, 'input'>>;
  endCommitteeSeat?: Resolver<ResolversTypes['CommitteeSeatPayload'], ParentType, ContextType, RequireFields<MutationEndCommitteeSeatArgs, 'id' | 'endsOn'>>;
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
  Member?: MemberResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  CommitteeSeatPayload?: CommitteeSeatPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

