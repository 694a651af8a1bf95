import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ItemDoc, ClaimDoc, InvitationDoc, RequestDoc, PhotoRef, ActivityDoc, SignUpDoc, OrganizationRef, NotificationDoc, WebhookDoc, WebhookDeliveryDoc } from '../models';
import type { Connection, Edge } from '../../../platform/data/pagination';
import type { LedgerEntry } from '../../../platform/data/ledger';
import type { MatchOut } from '../resolvers/Matching';
import type { ProviderLoadOut, ParticipantTypedRef, PartyTypedRef, TypedRef } from '../resolvers/refs';
import type { WhistleCall as WhistleCallRecord, Extension as ExtensionRecord, Rating as RatingRecord, Transfer as TransferRecord, Reminder as ReminderRecord } from '../domain/requests/lifecycle';
import type { StatisticsScope } from '../../../platform/rules/statistics';
import type { UnitContributionRow } from '../domain/statistics';
import type { EntityRef } from '../../../platform/server/subgraph';
import type { ReviewRecordKey } from '../../../platform/rules/reviews';
import type { AgreementFulfilmentOut, ShortfallRow, UnitYearOut } from '../app/commitments';
import type { KindFigures, KindStatistics } from '../domain/commitments';
import type { InboxOut } from '../app/notifications';
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
 * 清单条目 · An item of one of the three lists — a need (需求), an offer (资源) or a
 * co-building project (共建项目) — that others can claim (认领) in part or whole.
 */
export type ListItem = {
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 标题 · Short title. */
  title: Scalars['String']['output'];
  /** 说明 · What, for whom, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 数量 · How much in all, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 剩余 · Quantity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 时间窗口 · When it takes place or is available. */
  window?: Maybe<TimeWindow>;
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 截止时间 · Claims close at this time, if set; past it an unclaimed item is EXPIRED. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 可见范围 · Who can see it: the owner's community, street, district or the whole city. */
  visibility: Visibility;
  /** 状态 · Where the item is in its lifecycle. */
  status: ItemStatus;
  /** 认领 · Claims on this item, in the order they were made. */
  claims: ClaimConnection;
  /** 履历 · Every state change of the item and its claims: who, when, from, to, why. */
  history: HistoryConnection;
  /**
   * 联系方式 · Who to contact about the item. Protected: the owner's side and the
   * committees of its territory see it, and a claimant once its claim is accepted.
   */
  contact?: Maybe<ContactDetails>;
};


/**
 * 清单条目 · An item of one of the three lists — a need (需求), an offer (资源) or a
 * co-building project (共建项目) — that others can claim (认领) in part or whole.
 */
export type ListItemClaimsArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 清单条目 · An item of one of the three lists — a need (需求), an offer (资源) or a
 * co-building project (共建项目) — that others can claim (认领) in part or whole.
 */
export type ListItemHistoryArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type Need = ListItem & {
  __typename?: 'Need';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 标题 · Short title, e.g. 独居老人助餐志愿者. */
  title: Scalars['String']['output'];
  /** 说明 · What is needed, for whom, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 数量 · How much is needed, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 剩余 · Quantity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 时间窗口 · When the help is needed. */
  window?: Maybe<TimeWindow>;
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 紧急程度 · How urgent it is. */
  urgency: Urgency;
  /** 截止时间 · When it must be met by, if there is a deadline. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 微心愿 · A small wish that an individual Party member may claim. */
  smallWish: Scalars['Boolean']['output'];
  /** 可见范围 · Who can see it. */
  visibility: Visibility;
  /** 状态 · Where the need is in its lifecycle. */
  status: ItemStatus;
  /** 发布方 · The organisation (or unit) that published the need. */
  postedBy?: Maybe<Party>;
  /** 来源决定 · The joint meeting's decision it was published from (联席会议决定), if any. */
  fromDecision?: Maybe<MeetingDecision>;
  /** 认领 · Claims on this need, in the order they were made. */
  claims: ClaimConnection;
  /** 履历 · Every state change of the need and its claims. */
  history: HistoryConnection;
  /** 联系方式 · Who to contact; protected (see ListItem.contact). */
  contact?: Maybe<ContactDetails>;
  /** 对接建议 · The offers of the street that could best meet this need, best first. For the need's owner side and the committees over it. */
  suggestedOffers: Array<Match>;
};


/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type NeedClaimsArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type NeedHistoryArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type NeedSuggestedOffersArgs = {
  first: Scalars['Int']['input'];
};

/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type Offer = ListItem & {
  __typename?: 'Offer';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 标题 · Short title, e.g. 每月义诊. */
  title: Scalars['String']['output'];
  /** 说明 · What is offered, when, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 容量 · How much can be given, in `unitOfMeasure` (also as `quantity`). */
  capacity: Scalars['Int']['output'];
  /** 数量 · The same as `capacity`, for the ListItem interface. */
  quantity: Scalars['Int']['output'];
  /** 计量单位 · What `capacity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 剩余 · Capacity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 时间窗口 · When it is available. */
  window?: Maybe<TimeWindow>;
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 截止时间 · Claims close at this time, if set. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 可见范围 · Who can see it. */
  visibility: Visibility;
  /** 状态 · Where the offer is in its lifecycle. */
  status: ItemStatus;
  /** 提供方 · The resident unit (or organisation) that offers it. */
  provider?: Maybe<Party>;
  /** 认领 · Claims on this offer, in the order they were made. */
  claims: ClaimConnection;
  /** 履历 · Every state change of the offer and its claims. */
  history: HistoryConnection;
  /** 联系方式 · Who to contact; protected (see ListItem.contact). */
  contact?: Maybe<ContactDetails>;
  /** 对接建议 · The open needs of the street this offer could best meet, best first. For the provider and the committees over it. */
  suggestedNeeds: Array<Match>;
};


/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type OfferClaimsArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type OfferHistoryArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type OfferSuggestedNeedsArgs = {
  first: Scalars['Int']['input'];
};

/**
 * 共建项目 · Project: a co-building project (项目清单) with goals, milestones and
 * a budget, owned by one or more parties; others join it by claiming a share.
 */
export type Project = ListItem & {
  __typename?: 'Project';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 标题 · Short title, e.g. 红色物业联建. */
  title: Scalars['String']['output'];
  /** 说明 · What the project is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** 目标 · What it sets out to achieve. */
  goals: Array<Scalars['String']['output']>;
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 数量 · The shares to be taken up by participants, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 预算 · Budget in yuan, if any. */
  budget?: Maybe<Scalars['Int']['output']>;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 剩余 · Quantity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 时间窗口 · When the project runs. */
  window?: Maybe<TimeWindow>;
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 截止时间 · Claims close at this time, if set. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 可见范围 · Who can see it. */
  visibility: Visibility;
  /** 状态 · Where the project is in its lifecycle. */
  status: ItemStatus;
  /** 共建方 · The parties that own the project (the first one proposed it). */
  owners: Array<Maybe<Party>>;
  /** 来源决定 · The joint meeting's decision it was published from (联席会议决定), if any. */
  fromDecision?: Maybe<MeetingDecision>;
  /** 参与方 · Parties whose claims on the project were accepted. */
  participants: Array<Maybe<Claimant>>;
  /** 里程碑 · Milestones, in order of due date. */
  milestones: Array<Milestone>;
  /** 进度 · Share of milestones done, 0 to 1. */
  progress: Scalars['Float']['output'];
  /** 认领 · Claims on this project, in the order they were made. */
  claims: ClaimConnection;
  /** 履历 · Every state change of the project and its claims. */
  history: HistoryConnection;
  /** 联系方式 · Who to contact; protected (see ListItem.contact). */
  contact?: Maybe<ContactDetails>;
};


/**
 * 共建项目 · Project: a co-building project (项目清单) with goals, milestones and
 * a budget, owned by one or more parties; others join it by claiming a share.
 */
export type ProjectClaimsArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 共建项目 · Project: a co-building project (项目清单) with goals, milestones and
 * a budget, owned by one or more parties; others join it by claiming a share.
 */
export type ProjectHistoryArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * 对接建议 · Match: an offer suggested for a need, how much of it, and why —
 * the score (0 to 1) explained factor by factor.
 */
export type Match = {
  __typename?: 'Match';
  /** 需求 · The need. */
  need: Need;
  /** 资源 · The offer. */
  offer: Offer;
  /** 匹配度 · 0 to 1: the weighted mean of the factors. */
  score: Scalars['Float']['output'];
  /** 建议数量 · How much of the need the offer would cover. */
  quantity: Scalars['Int']['output'];
  /** 评分因子 · Each factor's value, weight and share of the score. */
  factors: Array<ScoreFactor>;
};

/** 评分因子 · One factor of a match score. */
export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** 因子 · Which factor. */
  factor: MatchFactor;
  /** 取值 · 0 to 1. */
  value: Scalars['Float']['output'];
  /** 权重 · Its weight, as the street set it. */
  weight: Scalars['Float']['output'];
  /** 贡献 · Its share of the score. */
  contribution: Scalars['Float']['output'];
  /** 说明 · Why, in a few words (e.g. 1.20 km, same community, rated 4.5 / 5). */
  note: Scalars['String']['output'];
};

/** 评分因子类型 · What a match is scored on. */
export const MatchFactor = {
  /** 类别与能力 · Category fit (same, or related at half credit). */
  CATEGORY: 'CATEGORY',
  /** 距离 · Distance, or territory adjacency when no location is known. */
  DISTANCE: 'DISTANCE',
  /** 时间窗口 · Overlap of the time windows. */
  TIME_WINDOW: 'TIME_WINDOW',
  /** 剩余容量 · How much of the need the offer's remaining capacity covers. */
  CAPACITY: 'CAPACITY',
  /** 紧急程度 · Urgency and a close deadline. */
  URGENCY: 'URGENCY',
  /** 历史评价 · The provider's past evaluations. */
  RATING: 'RATING',
  /** 均衡 · Spreading the load: fewer active claims score higher. */
  FAIRNESS: 'FAIRNESS'
} as const;

export type MatchFactor = typeof MatchFactor[keyof typeof MatchFactor];
/** 匹配权重 · How a street weighs the factors (each 0 to 10). */
export type MatchingWeights = {
  __typename?: 'MatchingWeights';
  /** 类别与能力 · Category fit. */
  category: Scalars['Float']['output'];
  /** 距离 · Distance. */
  distance: Scalars['Float']['output'];
  /** 时间窗口 · Time windows. */
  timeWindow: Scalars['Float']['output'];
  /** 剩余容量 · Remaining capacity. */
  capacity: Scalars['Float']['output'];
  /** 紧急程度 · Urgency. */
  urgency: Scalars['Float']['output'];
  /** 历史评价 · Past ratings. */
  rating: Scalars['Float']['output'];
  /** 均衡 · Fair spread of load. */
  fairness: Scalars['Float']['output'];
};

/**
 * 供需对接方案 · TerritoryAssignment: every open need of a territory assigned to
 * its available offers to maximise weighted coverage within every capacity
 * (a min-cost flow), with the greedy baseline's coverage for comparison.
 */
export type TerritoryAssignment = {
  __typename?: 'TerritoryAssignment';
  /** 匹配 · The matches, by need. */
  matches: Array<Match>;
  /** 覆盖率 · Weighted coverage, 0 to 1: each need counts equally, fully met by perfect matches counts 1. */
  coverage: Scalars['Float']['output'];
  /** 贪心覆盖率 · The coverage a greedy assignment (best pairs first) reaches on the same data. */
  greedyCoverage: Scalars['Float']['output'];
  /** 待对接需求 · Open needs considered. */
  openNeeds: Scalars['Int']['output'];
  /** 可用资源 · Offers with capacity left. */
  availableOffers: Scalars['Int']['output'];
  /** 未满足需求 · Needs left wholly or partly unmet, per category. */
  unmetByCategory: Array<UnmetCategory>;
  /** 单位负荷 · Quantity and matches per provider. */
  loadByProvider: Array<ProviderLoad>;
};

/** 未满足需求 · Unmet needs of one category. */
export type UnmetCategory = {
  __typename?: 'UnmetCategory';
  /** 类别 · The category. */
  category: ServiceCategory;
  /** 需求数 · Needs not fully met. */
  needs: Scalars['Int']['output'];
  /** 缺口 · Quantity not met (in each need's own unit). */
  unmetQuantity: Scalars['Int']['output'];
};

/** 单位负荷 · What one provider would carry. */
export type ProviderLoad = {
  __typename?: 'ProviderLoad';
  /** 提供方 · The provider. */
  provider: Party;
  /** 数量 · Quantity assigned. */
  quantity: Scalars['Int']['output'];
  /** 匹配数 · Matches assigned. */
  matches: Scalars['Int']['output'];
};

/**
 * 派单 · Invitation: a committee sends a match to the unit that offers the
 * resource; the unit accepts it (it becomes the unit's claim on the need) or
 * declines with a reason.
 */
export type Invitation = {
  __typename?: 'Invitation';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 需求 · The need. */
  need: Need;
  /** 资源 · The unit's offer. */
  offer: Offer;
  /** 数量 · How much of the need is asked. */
  quantity: Scalars['Int']['output'];
  /** 状态 · Sent, accepted or declined. */
  status: InvitationStatus;
  /** 附言 · The committee's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 拒绝原因 · Why the unit declined. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** 认领 · The claim it became, once accepted. */
  claim?: Maybe<Claim>;
  /** 派单人 · Who sent it (token subject). */
  sentBy: Scalars['String']['output'];
  /** 派单时间 · When. */
  createdAt: Scalars['DateTime']['output'];
};

/** 派单状态 · Where an invitation is. */
export const InvitationStatus = {
  /** 已派单 · Waiting for the unit. */
  SENT: 'SENT',
  /** 已接受 · Accepted: it is now a claim. */
  ACCEPTED: 'ACCEPTED',
  /** 已拒绝 · Declined by the unit. */
  DECLINED: 'DECLINED'
} as const;

export type InvitationStatus = typeof InvitationStatus[keyof typeof InvitationStatus];
/** 里程碑 · A milestone of a co-building project. */
export type Milestone = {
  __typename?: 'Milestone';
  /** 标题 · What is to be done. */
  title: Scalars['String']['output'];
  /** 计划完成 · When it is due. */
  dueOn: Scalars['DateTime']['output'];
  /** 完成时间 · When it was done; null while open. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
};

/** 时间窗口 · A span of time. */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  /** 开始 · First instant. */
  start: Scalars['DateTime']['output'];
  /** 结束 · Last instant. */
  end: Scalars['DateTime']['output'];
};

/** 位置 · A WGS-84 point. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** 纬度 · Latitude in degrees. */
  latitude: Scalars['Float']['output'];
  /** 经度 · Longitude in degrees. */
  longitude: Scalars['Float']['output'];
};

/** 联系方式 · A contact for an item. */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  /** 联系人 · Name. */
  name: Scalars['String']['output'];
  /** 电话 · Phone number. */
  phone: Scalars['String']['output'];
};

/** 发布方 · A party that owns an item: an organisation or a resident unit. */
export type Party = Organization | ResidentUnit;

/** 认领方 · A party that claims: an organisation, a resident unit or a Party member. */
export type Claimant = Organization | ResidentUnit | Member;

/**
 * 认领 · Claim: one party's claim (认领) on part or all of an item. The item's
 * owner accepts or rejects it; an accepted claim is delivered (履约) and then
 * evaluated.
 */
export type Claim = {
  __typename?: 'Claim';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 认领对象 · The need, offer or project claimed. */
  item: ListItem;
  /** 认领方 · Who claims. */
  claimant?: Maybe<Claimant>;
  /** 联合认领单位 · Units that took the claim on together with the claimant (联合认领). */
  partners: Array<ResidentUnit>;
  /** 数量 · How much of the item, in its unit of measure. */
  quantity: Scalars['Int']['output'];
  /** 状态 · Where the claim is. */
  status: ClaimStatus;
  /** 附言 · The claimant's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 认领时间 · When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** 处理时间 · When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** 拒绝原因 · Why it was rejected, if it was. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** 履约说明 · What was delivered, once delivered. */
  deliveryNote?: Maybe<Scalars['String']['output']>;
  /** 满意度 · Evaluation of the delivery, 1 to 5, once evaluated. */
  score?: Maybe<Scalars['Int']['output']>;
  /** 评价 · Comment of the evaluation. */
  evaluation?: Maybe<Scalars['String']['output']>;
  /** 实际履约数量 · How much of the claim was delivered; null until it is. */
  deliveredQuantity?: Maybe<Scalars['Int']['output']>;
  /** 履约时间 · When it was delivered; null until it is (and on claims delivered before it was recorded). */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** 取消原因 · Why an accepted claim was withdrawn or cancelled. For the claim's two sides and their committees. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** 违约 · Cancelled because the claimant did not do what it took on. */
  defaulted: Scalars['Boolean']['output'];
  /** 认领方联系方式 · The claimant's contact; for the item's owner side, once the claim is accepted. */
  claimantContact?: Maybe<ContactDetails>;
};

/** 认领状态 · Lifecycle of a claim. */
export const ClaimStatus = {
  /** 待处理 · Waiting for the owner to accept or reject. */
  PENDING: 'PENDING',
  /** 已接受 · Accepted by the owner; to be delivered. */
  ACCEPTED: 'ACCEPTED',
  /** 已拒绝 · Rejected by the owner. */
  REJECTED: 'REJECTED',
  /** 已撤回 · Withdrawn by the claimant (after acceptance, with a reason). */
  WITHDRAWN: 'WITHDRAWN',
  /** 已取消 · An accepted claim cancelled by the owner side, with a reason (and whether the claimant defaulted). */
  CANCELLED: 'CANCELLED',
  /** 已履约 · Delivered (see deliveredQuantity). */
  DELIVERED: 'DELIVERED',
  /** 已评价 · Delivered and evaluated. */
  EVALUATED: 'EVALUATED',
  /** 已过期 · Left pending too long (CLAIM_EXPIRY_DAYS); its quantity went back to the item. */
  EXPIRED: 'EXPIRED'
} as const;

export type ClaimStatus = typeof ClaimStatus[keyof typeof ClaimStatus];
/** 条目状态 · Lifecycle of a need, offer or project. */
export const ItemStatus = {
  /** 草稿 · Not yet published. */
  DRAFT: 'DRAFT',
  /** 待认领 · Published, nothing accepted yet. */
  OPEN: 'OPEN',
  /** 部分认领 · Partly claimed. */
  PARTLY_CLAIMED: 'PARTLY_CLAIMED',
  /** 已认领 · Claims hold the whole quantity. */
  FULLY_CLAIMED: 'FULLY_CLAIMED',
  /** 实施中 · Some accepted claims delivered. */
  IN_PROGRESS: 'IN_PROGRESS',
  /** 已完成 · Fulfilled, or closed as partly fulfilled. */
  FULFILLED: 'FULFILLED',
  /** 已评价 · Fulfilled and every delivery evaluated. */
  EVALUATED: 'EVALUATED',
  /** 已取消 · Cancelled by its owner. */
  CANCELLED: 'CANCELLED',
  /** 已过期 · Deadline passed with nothing claimed. */
  EXPIRED: 'EXPIRED'
} as const;

export type ItemStatus = typeof ItemStatus[keyof typeof ItemStatus];
/** 可见范围 · Who can see an item: everyone signed in inside that part of the owner's territory. */
export const Visibility = {
  /** 本社区 · The owner's community. */
  COMMUNITY: 'COMMUNITY',
  /** 本街道 · The owner's street. */
  STREET: 'STREET',
  /** 本区 · The owner's district. */
  DISTRICT: 'DISTRICT',
  /** 全市 · The whole city. */
  CITY: 'CITY'
} as const;

export type Visibility = typeof Visibility[keyof typeof Visibility];
/** 履历 · One recorded state change. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** 序号 · Position in the ledger of the item or request, from 1. */
  sequence: Scalars['Int']['output'];
  /** 动作 · What happened, e.g. CLAIM, ACCEPT, DELIVER. */
  action: Scalars['String']['output'];
  /** 操作方 · The organisation, unit or member it was done for; null when the system did it (an expiry, an escalation) and on entries from before it was recorded. */
  by?: Maybe<Claimant>;
  /** 操作账号 · The account that did it (the token's subject), for the audit trail. */
  actor: Scalars['String']['output'];
  /** 时间 · When. */
  at: Scalars['DateTime']['output'];
  /** 认领 · The claim it concerns, if any. */
  claimId?: Maybe<Scalars['ID']['output']>;
  /** 报名 · The activity sign-up it concerns, if any. */
  signUpId?: Maybe<Scalars['ID']['output']>;
  /** 原状态 · The state before. */
  from?: Maybe<Scalars['String']['output']>;
  /** 新状态 · The state after. */
  to: Scalars['String']['output'];
  /** 原因 · Why, when a reason was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 数量 · Quantity it concerns, if any. */
  quantity?: Maybe<Scalars['Int']['output']>;
};

/** 服务类别 · Category of a need or an offer. */
export const ServiceCategory = {
  /** 养老服务 · Elder care. */
  ELDER_CARE: 'ELDER_CARE',
  /** 托管服务 · Child care after school. */
  CHILD_CARE: 'CHILD_CARE',
  /** 健康体检 · Medical check-ups and clinics. */
  MEDICAL: 'MEDICAL',
  /** 法律援助 · Legal aid. */
  LEGAL_AID: 'LEGAL_AID',
  /** 就业帮扶 · Employment help. */
  EMPLOYMENT: 'EMPLOYMENT',
  /** 维修服务 · Repairs. */
  REPAIRS: 'REPAIRS',
  /** 场地 · A venue. */
  VENUE: 'VENUE',
  /** 资金 · Funds. */
  FUNDS: 'FUNDS',
  /** 志愿服务 · Volunteers. */
  VOLUNTEERS: 'VOLUNTEERS',
  /** 文化活动 · Culture. */
  CULTURE: 'CULTURE',
  /** 平安建设 · Safety. */
  SAFETY: 'SAFETY',
  /** 环境整治 · Environment. */
  ENVIRONMENT: 'ENVIRONMENT'
} as const;

export type ServiceCategory = typeof ServiceCategory[keyof typeof ServiceCategory];
/** 计量单位 · What a quantity counts. */
export const UnitOfMeasure = {
  /** 人 · People. */
  PEOPLE: 'PEOPLE',
  /** 小时 · Hours. */
  HOURS: 'HOURS',
  /** 场次 · Sessions. */
  SESSIONS: 'SESSIONS',
  /** 元 · Yuan. */
  YUAN: 'YUAN',
  /** 平方米 · Square metres. */
  SQUARE_METRES: 'SQUARE_METRES'
} as const;

export type UnitOfMeasure = typeof UnitOfMeasure[keyof typeof UnitOfMeasure];
/** 紧急程度 · Urgency of a need. */
export const Urgency = {
  /** 一般 · Normal. */
  NORMAL: 'NORMAL',
  /** 较急 · Soon. */
  HIGH: 'HIGH',
  /** 紧急 · Urgent. */
  URGENT: 'URGENT'
} as const;

export type Urgency = typeof Urgency[keyof typeof Urgency];
/** 党组织 · Organization, extended here with its lists. */
export type Organization = {
  __typename?: 'Organization';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 类型 · Owned by the organizations subgraph; a street's or a community's lists are read by it (see needs). */
  kind: OrganizationKind;
  /** 需求清单 · Needs published by this organisation (or, with `inTerritory`, anywhere below it) that the caller may see. */
  needs?: Maybe<NeedConnection>;
  /** 资源清单 · Offers of this organisation (or, with `inTerritory`, of every unit and organisation below it) that the caller may see. */
  offers?: Maybe<OfferConnection>;
  /** 项目清单 · Projects this organisation owns (or, with `inTerritory`, any inside its territory) that the caller may see. */
  projects?: Maybe<ProjectConnection>;
  /** 认领 · Claims this organisation made. */
  claimsMade?: Maybe<ClaimConnection>;
  /** 群众诉求 · Residents' requests from the grids of this territory, oldest first. For its committees and grid workers. */
  requests?: Maybe<RequestConnection>;
  /** 承办诉求 · Requests this organisation now handles — accepted first (首问负责) or handed on to it (转办) — oldest first. For its own people (a department's admins, a grid's worker) and the committees over it. */
  handledRequests?: Maybe<RequestConnection>;
  /** 吹哨诉求 · Requests this department (职能部门) was called to by a whistle (吹哨), oldest first. For the department's admins and the committees over it. */
  whistles?: Maybe<RequestConnection>;
  /** 未按时报到 · Requests of this territory with a called unit or department that has not reported in (报到) by its deadline, oldest first; each such call reads `reportOverdue`. For the territory's committees. */
  unreportedWhistles?: Maybe<RequestConnection>;
  /** 共建活动 · Activities this organisation organises (or, with `inTerritory`, any inside its territory) that the caller may see, in the order organised. */
  activities?: Maybe<ActivityConnection>;
  /**
   * 统计 · The big Party committee's dashboard for this territory and a period:
   * the three lists and their claims, residents' requests, volunteer hours, units'
   * contributions and coverage by category. For the committees of this territory.
   */
  statistics?: Maybe<Statistics>;
  /**
   * 承诺缺口 · The commitments of the agreements in force with this community or street (or, for a street,
   * any community in it) as partner, each with what was promised, delivered and expected by today: furthest
   * behind plan first (the largest share of the expected still missing). Only those behind plan unless
   * `includeOnTrack`. For the committees of this territory; others FORBIDDEN.
   */
  commitmentShortfalls?: Maybe<CommitmentShortfallConnection>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationNeedsArgs = {
  status?: InputMaybe<ItemStatus>;
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationOffersArgs = {
  status?: InputMaybe<ItemStatus>;
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationProjectsArgs = {
  status?: InputMaybe<ItemStatus>;
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationClaimsMadeArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationRequestsArgs = {
  status?: InputMaybe<RequestStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationHandledRequestsArgs = {
  status?: InputMaybe<RequestStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationWhistlesArgs = {
  pending?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationUnreportedWhistlesArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationActivitiesArgs = {
  status?: InputMaybe<ActivityStatus>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationCommitmentShortfallsArgs = {
  kind?: InputMaybe<CommitmentKind>;
  includeOnTrack?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 资源清单 · Offers of this unit that the caller may see, in creation order. */
  offers?: Maybe<OfferConnection>;
  /** 派单 · Invitations sent to this unit. For the unit itself. */
  invitations?: Maybe<InvitationConnection>;
  /** 认领 · Claims this unit made on needs and projects. */
  claimsMade?: Maybe<ClaimConnection>;
  /** 共建活动 · Activities this unit organises that the caller may see, in the order organised. */
  activities?: Maybe<ActivityConnection>;
  /** 活动报名 · The unit's own sign-ups for activities, in the order made. For the unit, and the committees over it or over the activity. */
  activitySignUps?: Maybe<ActivitySignUpConnection>;
  /**
   * 年度承诺履行 · How the unit kept the commitments of its agreements in force during a year (the part of
   * each term inside the year), per kind of commitment: promised, delivered, expected by today (or the
   * year's end), and whether every one was met (述职评议's "commitments met"). For the unit's admins and the
   * committees over its community; others FORBIDDEN.
   */
  commitmentFulfilment?: Maybe<UnitCommitmentFulfilment>;
  /** 吹哨诉求 · Requests this unit was called to by a whistle (吹哨), oldest first. For the unit. */
  whistles?: Maybe<RequestConnection>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitOffersArgs = {
  status?: InputMaybe<ItemStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitInvitationsArgs = {
  status?: InputMaybe<InvitationStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitClaimsMadeArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitActivitiesArgs = {
  status?: InputMaybe<ActivityStatus>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitActivitySignUpsArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitCommitmentFulfilmentArgs = {
  year: Scalars['Int']['input'];
  partner?: InputMaybe<Scalars['ID']['input']>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitWhistlesArgs = {
  pending?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 党员 · Member, referenced here as a claimant of small wishes (微心愿) and a participant of activities. */
export type Member = {
  __typename?: 'Member';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 参加的活动 · The activities this member signed up for, each with the sign-up (its status, the hours checked in), in the order made. For the member, and the committees over the member or over the activity. */
  activities?: Maybe<ActivitySignUpConnection>;
  /** 认领 · Small wishes this member claimed. */
  claimsMade?: Maybe<ClaimConnection>;
};


/** 党员 · Member, referenced here as a claimant of small wishes (微心愿) and a participant of activities. */
export type MemberActivitiesArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/** 党员 · Member, referenced here as a claimant of small wishes (微心愿) and a participant of activities. */
export type MemberClaimsMadeArgs = {
  status?: InputMaybe<ClaimStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 需求分页 · A page of needs. */
export type NeedConnection = {
  __typename?: 'NeedConnection';
  /** 边 · The needs of this page with their cursors. */
  edges: Array<NeedEdge>;
  /** 节点 · The needs of this page. */
  nodes: Array<Need>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 需求分页边 · A need and its cursor. */
export type NeedEdge = {
  __typename?: 'NeedEdge';
  /** 游标 · Opaque cursor of this need in the list. */
  cursor: Scalars['String']['output'];
  /** 需求 · The need. */
  node: Need;
};

/** 资源分页 · A page of offers. */
export type OfferConnection = {
  __typename?: 'OfferConnection';
  /** 边 · The offers of this page with their cursors. */
  edges: Array<OfferEdge>;
  /** 节点 · The offers of this page. */
  nodes: Array<Offer>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 资源分页边 · An offer and its cursor. */
export type OfferEdge = {
  __typename?: 'OfferEdge';
  /** 游标 · Opaque cursor of this offer in the list. */
  cursor: Scalars['String']['output'];
  /** 资源 · The offer. */
  node: Offer;
};

/** 项目分页 · A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** 边 · The projects of this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** 节点 · The projects of this page. */
  nodes: Array<Project>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 项目分页边 · A project and its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** 游标 · Opaque cursor of this project in the list. */
  cursor: Scalars['String']['output'];
  /** 共建项目 · The project. */
  node: Project;
};

/** 认领分页 · A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** 边 · The claims of this page with their cursors. */
  edges: Array<ClaimEdge>;
  /** 节点 · The claims of this page. */
  nodes: Array<Claim>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 认领分页边 · A claim and its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** 游标 · Opaque cursor of this claim in the list. */
  cursor: Scalars['String']['output'];
  /** 认领 · The claim. */
  node: Claim;
};

/** 派单分页 · A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** 边 · The invitations of this page with their cursors. */
  edges: Array<InvitationEdge>;
  /** 节点 · The invitations of this page. */
  nodes: Array<Invitation>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 派单分页边 · An invitation and its cursor. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** 游标 · Opaque cursor of this invitation. */
  cursor: Scalars['String']['output'];
  /** 派单 · The invitation. */
  node: Invitation;
};

/** 履历分页 · A page of an item's history, oldest first. */
export type HistoryConnection = {
  __typename?: 'HistoryConnection';
  /** 边 · The entries of this page with their cursors. */
  edges: Array<HistoryEdge>;
  /** 节点 · The entries of this page. */
  nodes: Array<HistoryEntry>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 履历分页边 · A history entry and its cursor. */
export type HistoryEdge = {
  __typename?: 'HistoryEdge';
  /** 游标 · Opaque cursor of this entry. */
  cursor: Scalars['String']['output'];
  /** 履历 · The entry. */
  node: HistoryEntry;
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
  /** 需求 · One need by id; null when there is none or the caller may not see it. */
  need?: Maybe<Need>;
  /** 资源 · One offer by id; null when there is none or the caller may not see it. */
  offer?: Maybe<Offer>;
  /** 共建项目 · One project by id; null when there is none or the caller may not see it. */
  project?: Maybe<Project>;
  /** 认领 · One claim by id; null when there is none or the caller is neither side of it. */
  claim?: Maybe<Claim>;
  /** 匹配权重 · How a street weighs the matching factors (the defaults until it sets its own). */
  matchingWeights: MatchingWeights;
  /** 供需对接方案 · The best assignment of a territory's open needs to its offers. For the committees of that territory. */
  territoryAssignment: TerritoryAssignment;
  /** 群众诉求 · One request by id; null when there is none or the caller may not see it. */
  request?: Maybe<Request>;
  /** 共建活动 · One activity by id; null when there is none or the caller may not see it. */
  activity?: Maybe<Activity>;
  /** 办理时限 · The time limit of each request category: a street's own table (规则表), or without `streetId` the default one. */
  requestTimeLimits: Array<RequestTimeLimit>;
  /** 时限规则表历史 · Every version of a street's time-limit table, newest first. For the signed-in of the street. */
  requestTimeLimitHistory: TimeLimitTableConnection;
  /** 收件箱 · The caller's notifications (those of the organisation, unit or member they act for), newest first. For the signed-in. */
  inbox: InboxConnection;
  /** 推送地址 · A street's webhooks, removed ones included, oldest first. For the street's committee. */
  webhooks: WebhookConnection;
};


export type QueryNeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchingWeightsArgs = {
  streetId: Scalars['ID']['input'];
};


export type QueryTerritoryAssignmentArgs = {
  within: Scalars['ID']['input'];
};


export type QueryRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestTimeLimitsArgs = {
  streetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRequestTimeLimitHistoryArgs = {
  streetId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInboxArgs = {
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWebhooksArgs = {
  streetId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * 同步辖区 · Brings the needs, offers, projects, claims and requests under an organisation in line with where the tree now has it (after
   * moveOrganization, which calls it). Internal: called on this subgraph directly, not through the gateway;
   * for a committee that governs the organisation. Returns how many documents changed.
   */
  syncServicesTerritory: Scalars['Int']['output'];
  /** 发布需求 · Publishes a need for an organisation (its committee or grid worker) or a unit (its admin). */
  publishNeed: ItemPayload;
  /** 发布资源 · Publishes an offer for a unit (its admin) or an organisation (its committee). */
  publishOffer: ItemPayload;
  /** 发布项目 · Publishes a co-building project, owned by the caller's side and any co-owners named. */
  publishProject: ItemPayload;
  /** 开放草稿 · Opens a draft item to claims. For its owner's side. */
  openItem: ItemPayload;
  /** 取消 · Cancels an item that holds no claims (settle them first, or close the item). For its owner's side. */
  cancelItem: ItemPayload;
  /** 结项 · Closes an item as fulfilled, even if only partly; no more claims. For its owner's side. */
  closeItem: ItemPayload;
  /** 完成里程碑 · Marks a project milestone done. For the project's owners. */
  completeMilestone: ItemPayload;
  /** 认领 · Claims part or all of an item for the caller's side (双向认领). */
  claimItem: ClaimPayload;
  /** 接受认领 · Accepts a pending claim. For the item's owner side. */
  acceptClaim: ClaimPayload;
  /** 拒绝认领 · Rejects a pending claim with a reason. For the item's owner side. */
  rejectClaim: ClaimPayload;
  /** 撤回认领 · Withdraws a claim, pending or (with a reason) accepted; its quantity goes back to the item. For the claimant. */
  withdrawClaim: ClaimPayload;
  /** 取消认领 · Cancels an accepted claim with a reason; its quantity goes back to the item. For the item's owner side. */
  cancelClaim: ClaimPayload;
  /** 确认履约 · Records that an accepted claim was delivered. For the side that receives the help. */
  deliverClaim: ClaimPayload;
  /** 设置匹配权重 · Sets how a street weighs the matching factors. For that street's committee. */
  setMatchingWeights: MatchingWeightsPayload;
  /** 派单 · Sends a match to the offer's unit as an invitation. For the committees over the need. */
  sendInvitation: InvitationPayload;
  /** 接受派单 · Accepts an invitation: the unit claims the need (under every rule of claiming). For the unit. */
  acceptInvitation: InvitationPayload;
  /** 拒绝派单 · Declines an invitation with a reason. For the unit. */
  declineInvitation: InvitationPayload;
  /** 评价 · Evaluates a delivered claim, 1 to 5. For the side that received the help. */
  evaluateClaim: ClaimPayload;
  /** 发起活动 · Organises a co-building activity for a street or community organisation (its committee) or a unit (its admin). */
  organiseActivity: ActivityPayload;
  /** 取消活动 · Cancels a planned activity with a reason; its sign-ups are cancelled with it. For the organiser's side. */
  cancelActivity: ActivityPayload;
  /**
   * 活动报名 · Signs the caller up, before the start: a member for themself, a unit's admin for the unit,
   * inside the activity's territory, within its places. Signing up again returns the same sign-up.
   */
  signUpForActivity: ActivitySignUpPayload;
  /** 退出报名 · Withdraws the caller's own sign-up before the start; its places go back. For the member or the unit. */
  withdrawSignUp: ActivitySignUpPayload;
  /**
   * 签到 · Checks in who came, once the activity has started, with the hours each served (at most its
   * length). The members' hours become confirmed volunteer hours on their records. Checking in the
   * same again changes nothing (and completes the hours if they were pending). For the organiser's side.
   */
  checkInAttendance: ActivityPayload;
  /** 登记诉求 · Records a resident's request for a grid. For the grid's worker and committees, or a member (app) in their own community. */
  raiseRequest: RequestPayload;
  /** 受理诉求 · Accepts a received request: the first committee to accept owns it (首问负责). For the committees over the grid. */
  acceptRequest: RequestPayload;
  /** 吹哨 · Calls resident units and the street's departments (职能部门) to report (报到) by a deadline from the street's time-limit table and act on a request. For the handler's side. */
  blowWhistle: RequestPayload;
  /** 报到 · A called unit or department reports in. For that unit's or department's admin. */
  reportToWhistle: RequestPayload;
  /** 答复吹哨 · A called unit or department that reported says what it did. For its admin. */
  respondToWhistle: RequestPayload;
  /** 申请延期 · Asks the street for more working days. For the committee that accepted the request and those above. */
  requestExtension: RequestPayload;
  /** 审批延期 · Approves (the deadline moves) or refuses the pending extension. For the street's committee. */
  decideExtension: RequestPayload;
  /** 办结 · Records what was done. For the committee that accepted the request and those above. */
  resolveRequest: RequestPayload;
  /** 转办 · Hands a request in hand on to the party that owns it — a grid, a community or a department (职能部门) of the request's street — with a reason. The deadline is kept (the clock runs on); the new handler acts on it, the old one no longer does. For the handler's side. */
  transferRequest: RequestPayload;
  /** 督办 · 催办 · The street supervises an overdue or escalated request: a reminder to its handler, recorded on the request's ledger. For the street's committee over the request. */
  superviseRequest: RequestPayload;
  /** 设置时限规则表 · Sets a street's time limits by request category (respond, handle, report-in). Categories not listed keep their current limits; every change is a new version in the table's history. For the street's committee. */
  setRequestTimeLimits: TimeLimitTablePayload;
  /** 满意度评价 · Rates a resolved request, 1 to 5: 3 or more closes it, less reopens it with a fresh time limit. For the resident who raised it, or the grid worker calling back (回访). */
  rateRequest: RequestPayload;
  /** 标记已读 · Marks the caller's notifications read: the ones named, or all. For the signed-in. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** 登记推送地址 · Registers a webhook for a street's notifications. For the street's committee. */
  registerWebhook: RegisterWebhookPayload;
  /** 停用推送地址 · Removes a webhook: nothing more is posted to it; its deliveries stay readable. For the street's committee. */
  removeWebhook: WebhookPayload;
};


export type MutationSyncServicesTerritoryArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationPublishNeedArgs = {
  input: PublishNeedInput;
};


export type MutationPublishOfferArgs = {
  input: PublishOfferInput;
};


export type MutationPublishProjectArgs = {
  input: PublishProjectInput;
};


export type MutationOpenItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelItemArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseItemArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCompleteMilestoneArgs = {
  projectId: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
};


export type MutationClaimItemArgs = {
  input: ClaimItemInput;
};


export type MutationAcceptClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawClaimArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  defaulted?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeliverClaimArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetMatchingWeightsArgs = {
  streetId: Scalars['ID']['input'];
  input: MatchingWeightsInput;
};


export type MutationSendInvitationArgs = {
  input: SendInvitationInput;
};


export type MutationAcceptInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclineInvitationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEvaluateClaimArgs = {
  id: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOrganiseActivityArgs = {
  input: OrganiseActivityInput;
};


export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSignUpForActivityArgs = {
  input: SignUpForActivityInput;
};


export type MutationWithdrawSignUpArgs = {
  activityId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCheckInAttendanceArgs = {
  activityId: Scalars['ID']['input'];
  attendances: Array<AttendanceInput>;
};


export type MutationRaiseRequestArgs = {
  input: RaiseRequestInput;
};


export type MutationAcceptRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBlowWhistleArgs = {
  id: Scalars['ID']['input'];
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  instruction: Scalars['String']['input'];
};


export type MutationReportToWhistleArgs = {
  id: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRespondToWhistleArgs = {
  id: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  response: Scalars['String']['input'];
};


export type MutationRequestExtensionArgs = {
  id: Scalars['ID']['input'];
  workingDays: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDecideExtensionArgs = {
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveRequestArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationTransferRequestArgs = {
  id: Scalars['ID']['input'];
  toOrganizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSuperviseRequestArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationSetRequestTimeLimitsArgs = {
  streetId: Scalars['ID']['input'];
  limits: Array<RequestTimeLimitInput>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRateRequestArgs = {
  id: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationRemoveWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** 发布方 · Which party an item is published for. */
export type PartyInput = {
  /** 类型 · Organisation or resident unit. */
  type: PartyType;
  /** 标识 · Its id. */
  id: Scalars['ID']['input'];
};

/** 发布方类型 · Kind of party. */
export const PartyType = {
  /** 党组织 · An organisation. */
  ORGANIZATION: 'ORGANIZATION',
  /** 驻区单位 · A resident unit. */
  RESIDENT_UNIT: 'RESIDENT_UNIT'
} as const;

export type PartyType = typeof PartyType[keyof typeof PartyType];
/** 时间窗口 · A span of time. */
export type TimeWindowInput = {
  /** 开始 · First instant. */
  start: Scalars['DateTime']['input'];
  /** 结束 · Last instant, after the start. */
  end: Scalars['DateTime']['input'];
};

/** 位置 · A WGS-84 point. */
export type GeoPointInput = {
  /** 纬度 · Latitude in degrees, -90 to 90. */
  latitude: Scalars['Float']['input'];
  /** 经度 · Longitude in degrees, -180 to 180. */
  longitude: Scalars['Float']['input'];
};

/** 联系方式 · A contact. */
export type ContactInput = {
  /** 联系人 · Name, up to 50 characters. */
  name: Scalars['String']['input'];
  /** 电话 · Mobile (11 digits) or fixed line with area code. */
  phone: Scalars['String']['input'];
};

/** 发布需求 · A need to publish. */
export type PublishNeedInput = {
  /** 发布方 · The organisation or unit it is for. */
  postedBy: PartyInput;
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 数量 · 1 to 10,000,000. */
  quantity: Scalars['Int']['input'];
  /** 计量单位 · What the quantity counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 紧急程度 · Default NORMAL. */
  urgency?: InputMaybe<Urgency>;
  /** 截止时间 · Optional, in the future. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** 时间窗口 · Optional. */
  window?: InputMaybe<TimeWindowInput>;
  /** 地点 · Optional. */
  location?: InputMaybe<GeoPointInput>;
  /** 可见范围 · Default COMMUNITY. */
  visibility?: InputMaybe<Visibility>;
  /** 微心愿 · Individual members may claim it. Default false. */
  smallWish?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系方式 · Shown to claimants once accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 草稿 · Keep it as a draft; open it later with openItem. Default false. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * 来源决定 · A NEED (PROJECT) decision of a joint meeting this item carries out; the decision then shows it
   * as its `item`. The decision must be open and visible to the caller; one item per decision.
   */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
};

/** 发布资源 · An offer to publish. */
export type PublishOfferInput = {
  /** 提供方 · The unit or organisation it is for. */
  provider: PartyInput;
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 容量 · 1 to 10,000,000. */
  capacity: Scalars['Int']['input'];
  /** 计量单位 · What the capacity counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 截止时间 · Optional, in the future. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** 时间窗口 · When it is available. */
  window?: InputMaybe<TimeWindowInput>;
  /** 地点 · Optional. */
  location?: InputMaybe<GeoPointInput>;
  /** 可见范围 · Default STREET. */
  visibility?: InputMaybe<Visibility>;
  /** 联系方式 · Shown to claimants once accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 草稿 · Keep it as a draft. Default false. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 发布项目 · A project to publish. */
export type PublishProjectInput = {
  /** 发起方 · The organisation or unit that proposes it. */
  owner: PartyInput;
  /** 共建方 · Other owners, already agreed (up to 10). */
  coOwners?: InputMaybe<Array<PartyInput>>;
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 目标 · Up to 10 goals. */
  goals?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 数量 · Shares for participants, 1 to 10,000,000. */
  quantity: Scalars['Int']['input'];
  /** 计量单位 · What the quantity counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 预算 · Yuan, optional. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  /** 里程碑 · Up to 20, each with a due date. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** 截止时间 · Optional, in the future. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** 时间窗口 · When it runs. */
  window?: InputMaybe<TimeWindowInput>;
  /** 地点 · Optional. */
  location?: InputMaybe<GeoPointInput>;
  /** 可见范围 · Default STREET. */
  visibility?: InputMaybe<Visibility>;
  /** 联系方式 · Shown to participants once accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 草稿 · Keep it as a draft. Default false. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * 来源决定 · A NEED (PROJECT) decision of a joint meeting this item carries out; the decision then shows it
   * as its `item`. The decision must be open and visible to the caller; one item per decision.
   */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
};

/** 里程碑 · A milestone to plan. */
export type MilestoneInput = {
  /** 标题 · 1 to 100 characters. */
  title: Scalars['String']['input'];
  /** 计划完成 · Due date. */
  dueOn: Scalars['DateTime']['input'];
};

/** 认领 · A claim to make. */
export type ClaimItemInput = {
  /** 认领对象 · The need, offer or project. */
  itemId: Scalars['ID']['input'];
  /** 数量 · How much, from 1 to what remains. */
  quantity: Scalars['Int']['input'];
  /** 附言 · Up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 联系方式 · The claimant's contact, shown to the item's owner once the claim is accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 幂等键 · 8 to 64 characters; a retry with the same key returns the same claim and claims nothing more. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 联合认领 · Other resident units that take the claim on together with the claiming unit, up to 5. */
  partners?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 匹配权重 · Weights to set, each 0 to 10. */
export type MatchingWeightsInput = {
  /** 类别与能力 · Category fit. */
  category: Scalars['Float']['input'];
  /** 距离 · Distance. */
  distance: Scalars['Float']['input'];
  /** 时间窗口 · Time windows. */
  timeWindow: Scalars['Float']['input'];
  /** 剩余容量 · Remaining capacity. */
  capacity: Scalars['Float']['input'];
  /** 紧急程度 · Urgency. */
  urgency: Scalars['Float']['input'];
  /** 历史评价 · Past ratings. */
  rating: Scalars['Float']['input'];
  /** 均衡 · Fair spread of load. */
  fairness: Scalars['Float']['input'];
};

/** 派单 · An invitation to send. */
export type SendInvitationInput = {
  /** 需求 · The open need. */
  needId: Scalars['ID']['input'];
  /** 资源 · A unit's offer. */
  offerId: Scalars['ID']['input'];
  /** 数量 · 1 to what both have left. */
  quantity: Scalars['Int']['input'];
  /** 附言 · Up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 权重结果 · The weights, or why nothing changed. */
export type MatchingWeightsPayload = {
  __typename?: 'MatchingWeightsPayload';
  /** 匹配权重 · The weights now in force; null when there are errors. */
  weights?: Maybe<MatchingWeights>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 派单结果 · The invitation, or why nothing changed. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** 派单 · The invitation as it is now; null when there are errors. */
  invitation?: Maybe<Invitation>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 条目结果 · The item, or why nothing changed. */
export type ItemPayload = {
  __typename?: 'ItemPayload';
  /** 条目 · The item as it is now; null when there are errors. */
  item?: Maybe<ListItem>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 认领结果 · The claim, or why nothing changed. */
export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  /** 认领 · The claim as it is now; null when there are errors. */
  claim?: Maybe<Claim>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 诉求结果 · The request, or why nothing changed. */
export type RequestPayload = {
  __typename?: 'RequestPayload';
  /** 诉求 · The request as it is now; null when there are errors. */
  request?: Maybe<Request>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 登记诉求 · A resident's request to record. */
export type RaiseRequestInput = {
  /** 网格 · The grid where the problem is. */
  gridId: Scalars['ID']['input'];
  /** 诉求类别 · What kind of problem; it sets the time limit. */
  category: RequestCategory;
  /** 来源渠道 · How it came in (the app for a member's own request). */
  channel: RequestChannel;
  /** 诉求内容 · What the resident reports, 5 to 1000 characters. */
  description: Scalars['String']['input'];
  /** 地址 · Where, within the grid, 2 to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 位置 · Where, as a point (optional). */
  location?: InputMaybe<GeoPointInput>;
  /** 照片 · Up to 9 photos uploaded first (POST /uploads), by the same account, not yet on a request. */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 群众信息 · The resident's name and phone, to call back. */
  resident?: InputMaybe<ContactInput>;
};

/**
 * 群众诉求 · A resident's request (民呼我应 · 吹哨报到 · 接诉即办): raised through a
 * grid worker, the hotline or the app; accepted by the first committee to take
 * it (首问负责); handled, or passed by a whistle (吹哨) to units that must report
 * (报到) and respond; resolved within the time limit of its category (extended
 * only with the street's approval; overdue requests escalate to the street);
 * rated by the resident, and reopened when the resident is not satisfied.
 * Every step is in `history`. Seen by the territory's committees and grid
 * workers, the resident who raised it and the units called to it.
 */
export type Request = {
  __typename?: 'Request';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 诉求类别 · What kind of problem; it sets the time limit. */
  category: RequestCategory;
  /** 来源渠道 · How it came in. */
  channel: RequestChannel;
  /** 诉求内容 · What the resident reports. */
  description: Scalars['String']['output'];
  /** 地址 · Where, within the grid. */
  address?: Maybe<Scalars['String']['output']>;
  /** 位置 · Where, as a point, if given. */
  location?: Maybe<GeoPoint>;
  /** 照片 · The photos raised with it, seen by whoever sees the request. */
  photos: Array<Photo>;
  /** 网格 · The grid where the problem is. */
  grid?: Maybe<Organization>;
  /** 状态 · Where the request is in its lifecycle. */
  status: RequestStatus;
  /** 登记时间 · When it was received. */
  receivedAt: Scalars['DateTime']['output'];
  /** 办理时限 · Working days its category allowed when it was received, by its street's table (0: the same day). */
  timeLimitWorkingDays: Scalars['Int']['output'];
  /** 响应期限 · By when a committee should accept it (响应时限); null on requests from before the time-limit tables. */
  respondBy?: Maybe<Scalars['DateTime']['output']>;
  /** 办结期限 · The deadline in force: from receipt, moved by approved extensions, renewed on reopening. */
  deadline: Scalars['DateTime']['output'];
  /** 超期 · Still open past its deadline. */
  overdue: Scalars['Boolean']['output'];
  /** 受理时间 · When a committee accepted it. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 首问负责单位 · The committee that accepted it first and owns it. */
  handledBy?: Maybe<Organization>;
  /** 吹哨 · The units called to report and act, in the order called. */
  whistles: Array<WhistleCall>;
  /** 延期 · Extensions asked for, with the street's decisions. */
  extensions: Array<Extension>;
  /** 转办 · Each time it was handed on to another party, in order. */
  transfers: Array<Transfer>;
  /** 督办记录 · The street's reminders (督办 · 催办), in order. */
  reminders: Array<Reminder>;
  /** 督办次数 · How many reminders the street sent. */
  reminderCount: Scalars['Int']['output'];
  /** 办理结果 · What was done. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** 办结时间 · When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 按期办结 · Resolved by the deadline in force at the time. */
  resolvedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** 满意度评价 · The resident's last rating. */
  rating?: Maybe<RequestRating>;
  /** 重办次数 · Times reopened because the resident was not satisfied. */
  reopenCount: Scalars['Int']['output'];
  /** 超期上报时间 · When it was escalated to the street for being overdue. */
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 上报街道 · The street it was escalated to. */
  escalatedTo?: Maybe<Organization>;
  /** 群众信息 · The resident's name and phone. Protected: the territory's committees and grid workers, and the resident. */
  resident?: Maybe<ContactDetails>;
  /** 履历 · Every step: who, when, from, to, why. */
  history: HistoryConnection;
};


/**
 * 群众诉求 · A resident's request (民呼我应 · 吹哨报到 · 接诉即办): raised through a
 * grid worker, the hotline or the app; accepted by the first committee to take
 * it (首问负责); handled, or passed by a whistle (吹哨) to units that must report
 * (报到) and respond; resolved within the time limit of its category (extended
 * only with the street's approval; overdue requests escalate to the street);
 * rated by the resident, and reopened when the resident is not satisfied.
 * Every step is in `history`. Seen by the territory's committees and grid
 * workers, the resident who raised it and the units called to it.
 */
export type RequestHistoryArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 吹哨 · A unit or department called to a request, its report (报到) and its response. */
export type WhistleCall = {
  __typename?: 'WhistleCall';
  /** 单位 · The unit called; null for a department. */
  unit?: Maybe<ResidentUnit>;
  /** 职能部门 · The department called; null for a unit. */
  department?: Maybe<Organization>;
  /** 报到期限 · By when it must report in (from the street's table); null on calls from before the tables. */
  reportBy?: Maybe<Scalars['DateTime']['output']>;
  /** 未按时报到 · Not reported in, and its report-in deadline has passed. */
  reportOverdue: Scalars['Boolean']['output'];
  /** 吹哨事项 · What it is asked to do. */
  instruction: Scalars['String']['output'];
  /** 吹哨时间 · When it was called. */
  calledAt: Scalars['DateTime']['output'];
  /** 报到时间 · When it reported in; null until then. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 答复 · What it did. */
  response?: Maybe<Scalars['String']['output']>;
  /** 答复时间 · When it answered. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** 延期申请 · An extension asked for, and the street's decision. */
export type Extension = {
  __typename?: 'Extension';
  /** 工作日 · Working days asked for. */
  workingDays: Scalars['Int']['output'];
  /** 理由 · Why. */
  reason: Scalars['String']['output'];
  /** 申请时间 · When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** 审批状态 · Waiting, approved or refused. */
  status: ExtensionStatus;
  /** 审批时间 · When it was decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 审批意见 · The street's note. */
  note?: Maybe<Scalars['String']['output']>;
};

/** 审批状态 · Where an extension stands. */
export const ExtensionStatus = {
  /** 待审批 · Waiting for the street. */
  PENDING: 'PENDING',
  /** 已批准 · Approved: the deadline moved. */
  APPROVED: 'APPROVED',
  /** 未批准 · Refused. */
  REJECTED: 'REJECTED'
} as const;

export type ExtensionStatus = typeof ExtensionStatus[keyof typeof ExtensionStatus];
/** 满意度评价 · The resident's rating of a result. */
export type RequestRating = {
  __typename?: 'RequestRating';
  /** 分数 · 1 to 5. */
  score: Scalars['Int']['output'];
  /** 满意 · True for 3 or more (满意 or 基本满意). */
  satisfied: Scalars['Boolean']['output'];
  /** 评语 · The resident's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** 评价时间 · When it was rated. */
  ratedAt: Scalars['DateTime']['output'];
};

/** 办理时限 · The time limits of a request category. */
export type RequestTimeLimit = {
  __typename?: 'RequestTimeLimit';
  /** 诉求类别 · The category. */
  category: RequestCategory;
  /** 办结工作日 · Working days from receipt to resolve it (0: the same day, 当日办结). */
  workingDays: Scalars['Int']['output'];
  /** 响应小时 · Hours from receipt by which a committee should accept it. */
  respondHours: Scalars['Int']['output'];
  /** 报到小时 · Hours from a whistle by which a called unit or department must report in. */
  reportInHours: Scalars['Int']['output'];
};

/** 办理时限 · One category's limits to set in a street's table. */
export type RequestTimeLimitInput = {
  /** 诉求类别 · The category. */
  category: RequestCategory;
  /** 办结工作日 · 0 (the same day) to 30 working days. */
  workingDays: Scalars['Int']['input'];
  /** 响应小时 · 1 to 72 hours. */
  respondHours: Scalars['Int']['input'];
  /** 报到小时 · 1 to 72 hours. */
  reportInHours: Scalars['Int']['input'];
};

/** 时限规则表 · One version of a street's time-limit table. */
export type TimeLimitTable = {
  __typename?: 'TimeLimitTable';
  /** 版本 · From 1, one more with each change. */
  version: Scalars['Int']['output'];
  /** 时限 · Every category's limits in this version. */
  limits: Array<RequestTimeLimit>;
  /** 说明 · Why it changed. */
  note?: Maybe<Scalars['String']['output']>;
  /** 修改时间 · When. */
  changedAt: Scalars['DateTime']['output'];
  /** 修改账号 · The account that changed it. */
  changedBy: Scalars['String']['output'];
};

/** 时限规则表分页 · A page of a table's versions. */
export type TimeLimitTableConnection = {
  __typename?: 'TimeLimitTableConnection';
  /** 边 · The versions of this page with their cursors. */
  edges: Array<TimeLimitTableEdge>;
  /** 节点 · The versions of this page. */
  nodes: Array<TimeLimitTable>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 时限规则表分页边 · A version and its cursor. */
export type TimeLimitTableEdge = {
  __typename?: 'TimeLimitTableEdge';
  /** 游标 · Pass as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** 节点 · The version. */
  node: TimeLimitTable;
};

/** 时限规则表结果 · The table as it is now, or why nothing changed. */
export type TimeLimitTablePayload = {
  __typename?: 'TimeLimitTablePayload';
  /** 时限规则表 · The new version; null when there are errors. */
  table?: Maybe<TimeLimitTable>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 照片 · A photo stored by the project, read at `url` with the same token (the request's readers only). */
export type Photo = {
  __typename?: 'Photo';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 地址 · Where to GET it through the gateway: /uploads/<id>. */
  url: Scalars['String']['output'];
  /** 类型 · image/jpeg, image/png or image/webp, as its bytes say. */
  contentType: Scalars['String']['output'];
  /** 大小 · Bytes. */
  size: Scalars['Int']['output'];
};

/** 转办 · A request handed on to another party. */
export type Transfer = {
  __typename?: 'Transfer';
  /** 原承办方 · Who had it. */
  from?: Maybe<Organization>;
  /** 新承办方 · Who took it on. */
  to?: Maybe<Organization>;
  /** 转办理由 · Why. */
  reason: Scalars['String']['output'];
  /** 转办时间 · When. */
  at: Scalars['DateTime']['output'];
};

/** 督办 · 催办 · A reminder the street sent about a request. */
export type Reminder = {
  __typename?: 'Reminder';
  /** 督办方 · The street (or committee above it) that sent it. */
  by?: Maybe<Organization>;
  /** 督办意见 · What the handler was told. */
  note: Scalars['String']['output'];
  /** 督办时间 · When. */
  at: Scalars['DateTime']['output'];
  /** 当时承办方 · The handler it was sent to. */
  handler?: Maybe<Organization>;
};

/** 诉求类别 · What kind of problem a resident reports. */
export const RequestCategory = {
  /** 紧急求助 · Emergency: the same day. */
  EMERGENCY: 'EMERGENCY',
  /** 安全隐患 · Safety hazard: the same day. */
  SAFETY_HAZARD: 'SAFETY_HAZARD',
  /** 设施维修 · Repairs of shared facilities: 3 working days. */
  REPAIRS: 'REPAIRS',
  /** 环境卫生 · Environment and sanitation: 3 working days. */
  ENVIRONMENT: 'ENVIRONMENT',
  /** 一老一小 · Care of the elderly and children: 3 working days. */
  ELDER_AND_CHILD_CARE: 'ELDER_AND_CHILD_CARE',
  /** 政策咨询 · Questions about policies: 3 working days. */
  POLICY_CONSULTATION: 'POLICY_CONSULTATION',
  /** 物业管理 · Property management: 13 working days. */
  PROPERTY_MANAGEMENT: 'PROPERTY_MANAGEMENT',
  /** 邻里纠纷 · Dispute between neighbours: 13 working days. */
  NEIGHBOUR_DISPUTE: 'NEIGHBOUR_DISPUTE',
  /** 其他 · Anything else: 13 working days. */
  OTHER: 'OTHER'
} as const;

export type RequestCategory = typeof RequestCategory[keyof typeof RequestCategory];
/** 来源渠道 · How a request came in. */
export const RequestChannel = {
  /** 网格员代办 · Recorded by the grid worker. */
  GRID_WORKER: 'GRID_WORKER',
  /** 热线 · The hotline (e.g. 12345). */
  HOTLINE: 'HOTLINE',
  /** 客户端 · The resident's app. */
  APP: 'APP'
} as const;

export type RequestChannel = typeof RequestChannel[keyof typeof RequestChannel];
/** 诉求状态 · Where a request is in its lifecycle. */
export const RequestStatus = {
  /** 已登记 · Received, waiting for a committee to accept it. */
  RECEIVED: 'RECEIVED',
  /** 办理中 · Accepted and in hand (also after reopening). */
  ACCEPTED: 'ACCEPTED',
  /** 已吹哨 · Units called, in hand. */
  WHISTLED: 'WHISTLED',
  /** 已办结 · Resolved, waiting for the resident's rating. */
  RESOLVED: 'RESOLVED',
  /** 已关闭 · Rated satisfied. */
  CLOSED: 'CLOSED'
} as const;

export type RequestStatus = typeof RequestStatus[keyof typeof RequestStatus];
/** 诉求分页 · A page of requests. */
export type RequestConnection = {
  __typename?: 'RequestConnection';
  /** 边 · The requests of this page with their cursors. */
  edges: Array<RequestEdge>;
  /** 节点 · The requests of this page. */
  nodes: Array<Request>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 诉求分页边 · A request and its cursor. */
export type RequestEdge = {
  __typename?: 'RequestEdge';
  /** 游标 · Pass as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** 节点 · The request. */
  node: Request;
};

/**
 * 共建活动 · Activity: a co-building activity a community or street committee, or
 * a resident unit, organises — a place, a time, a number of places — for members
 * and units to sign up for. The organiser checks in who came, and the hours of
 * the members who came become confirmed volunteer hours on their records (the
 * members subgraph's ServiceRecord) without being entered again. Every sign-up,
 * withdrawal, check-in and cancellation is in `history`. Seen by the signed-in
 * of the organiser's community (a street's activity: its street) and by the
 * committees over it.
 */
export type Activity = {
  __typename?: 'Activity';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 标题 · Short title, e.g. 重阳节敬老志愿服务. */
  title: Scalars['String']['output'];
  /** 说明 · What will be done, for whom. */
  description?: Maybe<Scalars['String']['output']>;
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 地点 · Where, e.g. 芙蓉街社区党群服务中心二楼. */
  place: Scalars['String']['output'];
  /** 开始时间 · When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** 结束时间 · When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** 名额 · How many places (people) it takes. */
  capacity: Scalars['Int']['output'];
  /** 已报名额 · Places held by the standing sign-ups (a unit's sign-up holds the places it asked for). */
  placesTaken: Scalars['Int']['output'];
  /** 剩余名额 · Places still open. */
  remainingPlaces: Scalars['Int']['output'];
  /** 主办方 · The community or street organisation, or the resident unit, that organises it. */
  organiser?: Maybe<Party>;
  /** 关联条目 · The need, offer or project it serves, if any (null when the caller may not see it). */
  item?: Maybe<ListItem>;
  /** 关联协议 · The co-building agreement it is held under, if any. */
  agreement?: Maybe<Agreement>;
  /** 状态 · Planned, cancelled or held. */
  status: ActivityStatus;
  /** 取消原因 · Why it was cancelled. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** 报名数 · Standing sign-ups: signed up, or checked in. */
  signedUp: Scalars['Int']['output'];
  /** 签到数 · Sign-ups checked in. */
  attended: Scalars['Int']['output'];
  /** 未到数 · Sign-ups not checked in at an activity that was held and has ended (0 before). */
  noShows: Scalars['Int']['output'];
  /** 取消数 · Sign-ups withdrawn, and those standing when the activity was cancelled. */
  cancellations: Scalars['Int']['output'];
  /** 参加人数 · People checked in: a member counts one, a unit the people it brought. */
  participants: Scalars['Int']['output'];
  /** 志愿服务时长 · Hours checked in for members: they are confirmed volunteer hours on the members' records. */
  volunteerHours: Scalars['Float']['output'];
  /** 报名 · The sign-ups, in the order made. For the organiser's side and the committees over it. */
  signUps?: Maybe<ActivitySignUpConnection>;
  /** 履历 · Every step: organised, each sign-up, withdrawal and check-in, the cancellation. For the organiser's side and the committees over it. */
  history?: Maybe<HistoryConnection>;
  /** 发起时间 · When it was organised. */
  createdAt: Scalars['DateTime']['output'];
};


/**
 * 共建活动 · Activity: a co-building activity a community or street committee, or
 * a resident unit, organises — a place, a time, a number of places — for members
 * and units to sign up for. The organiser checks in who came, and the hours of
 * the members who came become confirmed volunteer hours on their records (the
 * members subgraph's ServiceRecord) without being entered again. Every sign-up,
 * withdrawal, check-in and cancellation is in `history`. Seen by the signed-in
 * of the organiser's community (a street's activity: its street) and by the
 * committees over it.
 */
export type ActivitySignUpsArgs = {
  status?: InputMaybe<ActivitySignUpStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 共建活动 · Activity: a co-building activity a community or street committee, or
 * a resident unit, organises — a place, a time, a number of places — for members
 * and units to sign up for. The organiser checks in who came, and the hours of
 * the members who came become confirmed volunteer hours on their records (the
 * members subgraph's ServiceRecord) without being entered again. Every sign-up,
 * withdrawal, check-in and cancellation is in `history`. Seen by the signed-in
 * of the organiser's community (a street's activity: its street) and by the
 * committees over it.
 */
export type ActivityHistoryArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 活动状态 · Where an activity is. */
export const ActivityStatus = {
  /** 计划中 · Organised, open for signing up until it starts. */
  PLANNED: 'PLANNED',
  /** 已取消 · Cancelled by its organiser, with a reason. */
  CANCELLED: 'CANCELLED',
  /** 已举办 · Held: attendance was checked in. */
  HELD: 'HELD'
} as const;

export type ActivityStatus = typeof ActivityStatus[keyof typeof ActivityStatus];
/**
 * 活动报名 · ActivitySignUp: a member's sign-up for themself, or a unit's for
 * the people it sends; one per participant and activity. Checked in, it carries
 * the hours served.
 */
export type ActivitySignUp = {
  __typename?: 'ActivitySignUp';
  /** 标识 · Stable identifier (the same for a participant's sign-up to an activity, whatever is done to it). */
  id: Scalars['ID']['output'];
  /** 活动 · The activity. */
  activity?: Maybe<Activity>;
  /** 报名方 · The member or the resident unit. */
  participant?: Maybe<Participant>;
  /** 名额 · Places it holds: 1 for a member, what a unit asked for. */
  places: Scalars['Int']['output'];
  /** 状态 · Signed up, withdrawn, attended, no-show or cancelled with the activity. */
  status: ActivitySignUpStatus;
  /** 服务时长 · Hours each person served, once checked in. */
  hours?: Maybe<Scalars['Float']['output']>;
  /** 到场人数 · People who came, once checked in (1 for a member). */
  people?: Maybe<Scalars['Int']['output']>;
  /** 时长已入账 · For a member checked in: whether the hours are on the member's record (members subgraph) yet. */
  hoursRecorded?: Maybe<Scalars['Boolean']['output']>;
  /** 退出原因 · Why it was withdrawn, if a reason was given. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** 报名时间 · When the participant (last) signed up. */
  signedUpAt: Scalars['DateTime']['output'];
  /** 签到时间 · When it was checked in. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** 签到人 · Who checked it in (token subject). */
  checkedInBy?: Maybe<Scalars['String']['output']>;
};

/** 报名状态 · Where a sign-up is. */
export const ActivitySignUpStatus = {
  /** 已报名 · Signed up; the activity is still to be held. */
  SIGNED_UP: 'SIGNED_UP',
  /** 已退出 · Withdrawn by the participant before the start. */
  WITHDRAWN: 'WITHDRAWN',
  /** 已签到 · Checked in by the organiser. */
  ATTENDED: 'ATTENDED',
  /** 未到 · Signed up, not checked in, and the activity was held and has ended. */
  NO_SHOW: 'NO_SHOW',
  /** 已取消 · Standing when the activity was cancelled. */
  CANCELLED: 'CANCELLED'
} as const;

export type ActivitySignUpStatus = typeof ActivitySignUpStatus[keyof typeof ActivitySignUpStatus];
/** 报名方 · Who signs up for an activity: a Party member for themself, or a resident unit. */
export type Participant = Member | ResidentUnit;

/**
 * 共建协议 · Agreement (resident-units subgraph): what an activity is held under, extended here with how its
 * commitments are kept — read from the unit's deliveries in this subgraph (claims delivered, activities).
 */
export type Agreement = {
  __typename?: 'Agreement';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * 承诺履行 · Each kind of commitment of the agreement: promised, delivered in its term (the unit's claims
   * delivered inside the partner's territory, by their unit of measure, and its activities), expected pro rata
   * to today, and the shortfall. For the unit's admins and the partner's committee and those above it;
   * others FORBIDDEN. Null for an agreement the caller cannot see, or not signed by both sides.
   */
  fulfilment?: Maybe<AgreementFulfilment>;
};

/** 承诺类型 · The same enumeration as the resident-units subgraph's (which owns `Commitment`). */
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
/** 协议履行 · How an agreement's commitments are being kept. */
export type AgreementFulfilment = {
  __typename?: 'AgreementFulfilment';
  /** 共建协议 · The agreement. */
  agreement: Agreement;
  /** 统计截至 · Today, or the last day of the term once it has ended (the first day before it starts). */
  asOf: Scalars['DateTime']['output'];
  /** 时间进度 · The share of the term elapsed by `asOf`, 0 to 1. */
  elapsed: Scalars['Float']['output'];
  /** 按计划 · Every commitment delivered at least its expected share. */
  onTrack: Scalars['Boolean']['output'];
  /** 各项承诺 · One row per kind of commitment (amounts of the same kind added up). */
  commitments: Array<CommitmentFulfilment>;
};

/** 承诺履行 · One kind of commitment: promised against delivered. */
export type CommitmentFulfilment = {
  __typename?: 'CommitmentFulfilment';
  /** 承诺类型 · The kind; amounts in its unit (hours, square metres, yuan, projects, people, sessions). */
  kind: CommitmentKind;
  /** 承诺量 · Promised for the term (or the part of it counted). */
  promised: Scalars['Float']['output'];
  /** 已履行 · Delivered in the term (or the part counted). */
  delivered: Scalars['Float']['output'];
  /** 应履行 · Expected by now: the promise pro rata to the time elapsed. */
  expected: Scalars['Float']['output'];
  /** 缺口 · How far delivery is behind what is expected (0 when it is not). */
  shortfall: Scalars['Float']['output'];
  /** 完成率 · delivered / promised. */
  progress: Scalars['Float']['output'];
  /** 按计划 · Delivered at least what is expected by now. */
  onTrack: Scalars['Boolean']['output'];
};

/** 承诺缺口 · One commitment of an agreement, with its figures. */
export type CommitmentShortfall = {
  __typename?: 'CommitmentShortfall';
  /** 共建协议 · The agreement. */
  agreement: Agreement;
  /** 驻区单位 · The unit that committed. */
  unit?: Maybe<ResidentUnit>;
  /** 共建方 · The community or street it committed to. */
  partner?: Maybe<Organization>;
  /** 到期日期 · The term's last day. */
  expiresOn: Scalars['DateTime']['output'];
  /** 承诺 · The figures of this kind of commitment. */
  commitment: CommitmentFulfilment;
};

/** 承诺缺口分页 · A page of commitments, furthest behind first. */
export type CommitmentShortfallConnection = {
  __typename?: 'CommitmentShortfallConnection';
  /** 边 · The commitments of this page with their cursors. */
  edges: Array<CommitmentShortfallEdge>;
  /** 节点 · The commitments of this page. */
  nodes: Array<CommitmentShortfall>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 承诺缺口分页边 · A commitment and its cursor. */
export type CommitmentShortfallEdge = {
  __typename?: 'CommitmentShortfallEdge';
  /** 游标 · Opaque cursor of this row in the list. */
  cursor: Scalars['String']['output'];
  /** 承诺缺口 · The row. */
  node: CommitmentShortfall;
};

/** 年度承诺履行 · A unit's commitments over one year, across its agreements. */
export type UnitCommitmentFulfilment = {
  __typename?: 'UnitCommitmentFulfilment';
  /** 年度 · The year. */
  year: Scalars['Int']['output'];
  /** 协议数 · Agreements in force during some of the year. */
  agreements: Scalars['Int']['output'];
  /** 各项承诺 · Per kind, added up over those agreements (each counted for the part of its term inside the year). */
  commitments: Array<CommitmentFulfilment>;
  /** 达标 · Every kind delivered at least its expected share (true when nothing was promised). */
  met: Scalars['Boolean']['output'];
  /** 达标率 · The share of the agreements' commitments met (by agreement and kind); null when nothing was promised. */
  metRate?: Maybe<Scalars['Float']['output']>;
};

/** 承诺统计 · One kind of commitment over a territory and a period. */
export type CommitmentStatistics = {
  __typename?: 'CommitmentStatistics';
  /** 承诺类型 · The kind. */
  kind: CommitmentKind;
  /** 协议数 · Agreements in force during the period that promise it. */
  agreements: Scalars['Int']['output'];
  /** 承诺量 · Promised, pro rata to the part of each term inside the period. */
  promised: Scalars['Float']['output'];
  /** 已履行 · Delivered in those parts of the terms. */
  delivered: Scalars['Float']['output'];
  /** 应履行 · Expected by now (or the period's end). */
  expected: Scalars['Float']['output'];
  /** 缺口 · Added up over the agreements behind plan. */
  shortfall: Scalars['Float']['output'];
  /** 落后协议 · Agreements behind plan on it. */
  behind: Scalars['Int']['output'];
};

/** 活动分页 · A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** 边 · The activities of this page with their cursors. */
  edges: Array<ActivityEdge>;
  /** 节点 · The activities of this page. */
  nodes: Array<Activity>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 活动分页边 · An activity and its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** 游标 · Opaque cursor of this activity in the list. */
  cursor: Scalars['String']['output'];
  /** 活动 · The activity. */
  node: Activity;
};

/** 报名分页 · A page of sign-ups. */
export type ActivitySignUpConnection = {
  __typename?: 'ActivitySignUpConnection';
  /** 边 · The sign-ups of this page with their cursors. */
  edges: Array<ActivitySignUpEdge>;
  /** 节点 · The sign-ups of this page. */
  nodes: Array<ActivitySignUp>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 报名分页边 · A sign-up and its cursor. */
export type ActivitySignUpEdge = {
  __typename?: 'ActivitySignUpEdge';
  /** 游标 · Opaque cursor of this sign-up in the list. */
  cursor: Scalars['String']['output'];
  /** 报名 · The sign-up. */
  node: ActivitySignUp;
};

/** 发起活动 · An activity to organise. */
export type OrganiseActivityInput = {
  /** 主办方 · A street or community organisation whose committee you are, or your own unit. */
  organiser: PartyInput;
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 地点 · 2 to 200 characters. */
  place: Scalars['String']['input'];
  /** 开始时间 · In the future. */
  startsAt: Scalars['DateTime']['input'];
  /** 结束时间 · After the start: half an hour to 24 hours later. */
  endsAt: Scalars['DateTime']['input'];
  /** 名额 · 1 to 10,000 places. */
  capacity: Scalars['Int']['input'];
  /** 关联条目 · A need, offer or project it serves: one you can see. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** 关联协议 · A co-building agreement the organiser is a party to. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
};

/** 活动报名 · A sign-up to make. */
export type SignUpForActivityInput = {
  /** 活动 · The activity. */
  activityId: Scalars['ID']['input'];
  /** 名额 · For a unit, how many people it sends (1 to 100; default 1); a member takes 1. */
  places?: InputMaybe<Scalars['Int']['input']>;
};

/** 签到 · One sign-up checked in. */
export type AttendanceInput = {
  /** 报名 · The sign-up. */
  signUpId: Scalars['ID']['input'];
  /** 时长 · Hours each person served: 0.5 to the activity's length. */
  hours: Scalars['Float']['input'];
  /** 到场人数 · For a unit's sign-up, how many came (1 to its places; default all); a member is 1. */
  people?: InputMaybe<Scalars['Int']['input']>;
};

/** 活动结果 · The activity, or why nothing changed. */
export type ActivityPayload = {
  __typename?: 'ActivityPayload';
  /** 活动 · The activity as it is now; null when there are errors (except HOURS_PENDING). */
  activity?: Maybe<Activity>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 报名结果 · The sign-up, or why nothing changed. */
export type ActivitySignUpPayload = {
  __typename?: 'ActivitySignUpPayload';
  /** 报名 · The sign-up as it is now; null when there are errors. */
  signUp?: Maybe<ActivitySignUp>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 活动统计 · Activities that start in a period. */
export type ActivityStatistics = {
  __typename?: 'ActivityStatistics';
  /** 活动数 · Activities organised to start in the period (cancelled ones included). */
  organised: Scalars['Int']['output'];
  /** 已举办 · Of those, held (attendance checked in). */
  held: Scalars['Int']['output'];
  /** 已取消 · Of those, cancelled. */
  cancelled: Scalars['Int']['output'];
  /** 报名数 · Standing sign-ups on them (signed up or checked in; not withdrawn). */
  signUps: Scalars['Int']['output'];
  /** 参加人次 · People checked in at the activities held (a member one, a unit the people it brought). */
  participants: Scalars['Int']['output'];
  /** 活动志愿时长 · Hours checked in for members: confirmed volunteer hours on their records. */
  volunteerHours: Scalars['Float']['output'];
  /** 未到数 · Sign-ups not checked in at the activities held that have ended. */
  noShows: Scalars['Int']['output'];
  /** 缺席率 · noShows / the sign-ups of those activities; null when there were none. */
  noShowRate?: Maybe<Scalars['Float']['output']>;
  /** 取消报名 · Sign-ups withdrawn, and those standing when their activity was cancelled. */
  cancellations: Scalars['Int']['output'];
};

/**
 * 统计 · A territory's figures for a period (the big Party committee's
 * dashboard), counted by the database's aggregation when asked. Everything
 * counted belongs to the territory: items its organisations and units
 * published, claims on those items, requests from its grids. The members
 * subgraph adds the volunteer hours.
 */
export type Statistics = {
  __typename?: 'Statistics';
  /** 组织 · The organisation whose territory is counted. */
  organizationId: Scalars['ID']['output'];
  /** 起始时间 · Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** 截止时间 · End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
  /** 三张清单 · Needs, offers and projects published in the period (drafts not counted), one row per list. */
  lists?: Maybe<Array<ListStatistics>>;
  /** 认领 · Claims made in the period on the territory's items, by state. */
  claims?: Maybe<ClaimStatistics>;
  /** 群众诉求 · Requests received in the period. */
  requests?: Maybe<RequestStatistics>;
  /** 单位贡献排行 · Resident units ranked by the claims they delivered (made in the period), then by claims evaluated. */
  unitRanking?: Maybe<Array<UnitContribution>>;
  /** 需求覆盖 · Needs published in the period (not drafts, not cancelled), by category: how much was asked and how much was taken. */
  coverage?: Maybe<Array<CategoryCoverage>>;
  /** 共建活动 · Activities that start in the period: held, cancelled, sign-ups, participants, volunteer hours and no-shows. */
  activities?: Maybe<ActivityStatistics>;
  /** 共建承诺 · The commitments of the agreements in force during the period with a partner in the territory, per kind: promised, delivered, expected and shortfall. */
  commitments?: Maybe<Array<CommitmentStatistics>>;
};


/**
 * 统计 · A territory's figures for a period (the big Party committee's
 * dashboard), counted by the database's aggregation when asked. Everything
 * counted belongs to the territory: items its organisations and units
 * published, claims on those items, requests from its grids. The members
 * subgraph adds the volunteer hours.
 */
export type StatisticsUnitRankingArgs = {
  first?: Scalars['Int']['input'];
};

/** 清单类型 · One of the three lists. */
export const ListKind = {
  /** 需求清单 · Needs. */
  NEED: 'NEED',
  /** 资源清单 · Offers. */
  OFFER: 'OFFER',
  /** 项目清单 · Projects. */
  PROJECT: 'PROJECT'
} as const;

export type ListKind = typeof ListKind[keyof typeof ListKind];
/** 清单统计 · One list's figures for a period. */
export type ListStatistics = {
  __typename?: 'ListStatistics';
  /** 清单 · Which list. */
  list: ListKind;
  /** 发布数 · Items published (not drafts). */
  published: Scalars['Int']['output'];
  /** 被认领数 · Items that drew at least one claim. */
  claimed: Scalars['Int']['output'];
  /** 认领率 · claimed / published; null when nothing was published. */
  claimRate?: Maybe<Scalars['Float']['output']>;
  /** 完成数 · Items fulfilled (fully delivered, evaluated, or closed as done). */
  fulfilled: Scalars['Int']['output'];
  /** 完成率 · fulfilled / published; null when nothing was published. */
  fulfilmentRate?: Maybe<Scalars['Float']['output']>;
  /** 认领用时中位数 · Median hours from publishing to the first claim; null when none was claimed. */
  medianHoursToClaim?: Maybe<Scalars['Float']['output']>;
  /** 完成用时中位数 · Median hours from publishing to fulfilment; null when none was fulfilled. */
  medianHoursToFulfil?: Maybe<Scalars['Float']['output']>;
};

/** 认领统计 · Claims made in a period. */
export type ClaimStatistics = {
  __typename?: 'ClaimStatistics';
  /** 总数 · Claims made. */
  total: Scalars['Int']['output'];
  /** 按状态 · How many are now in each state. */
  byStatus: Array<ClaimStatusCount>;
};

/** 按状态计数 · Claims in one state. */
export type ClaimStatusCount = {
  __typename?: 'ClaimStatusCount';
  /** 状态 · The state. */
  status: ClaimStatus;
  /** 数量 · How many. */
  count: Scalars['Int']['output'];
};

/** 诉求统计 · Requests received in a period. */
export type RequestStatistics = {
  __typename?: 'RequestStatistics';
  /** 受理总数 · Requests received. */
  received: Scalars['Int']['output'];
  /** 已办结 · Resolved (waiting for the rating, or closed). */
  resolved: Scalars['Int']['output'];
  /** 办结率 · resolved / received; null when none was received. */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** 按期办结 · Resolved by their deadline. */
  resolvedOnTime: Scalars['Int']['output'];
  /** 按期办结率 · resolvedOnTime / resolved; null when none was resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 已评价 · Rated by the resident (their last rating). */
  rated: Scalars['Int']['output'];
  /** 满意 · Last rating 3 or more. */
  satisfied: Scalars['Int']['output'];
  /** 满意率 · satisfied / rated; null when none was rated. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** 吹哨数 · Requests that called units by a whistle. */
  whistled: Scalars['Int']['output'];
  /** 吹哨率 · whistled / received; null when none was received. */
  whistleRate?: Maybe<Scalars['Float']['output']>;
  /** 超期上报 · Requests escalated to the street for being overdue. */
  escalated: Scalars['Int']['output'];
  /** 当前超期 · Still open past their deadline now. */
  overdueNow: Scalars['Int']['output'];
  /** 按类别 · Received per category. */
  byCategory: Array<RequestCategoryCount>;
};

/** 按类别计数 · Requests of one category. */
export type RequestCategoryCount = {
  __typename?: 'RequestCategoryCount';
  /** 类别 · The category. */
  category: RequestCategory;
  /** 数量 · How many. */
  count: Scalars['Int']['output'];
};

/** 单位贡献 · A unit's place in the ranking. */
export type UnitContribution = {
  __typename?: 'UnitContribution';
  /** 名次 · 1 for the first. */
  rank: Scalars['Int']['output'];
  /** 单位 · The unit. */
  unit?: Maybe<ResidentUnit>;
  /** 履约认领 · Its claims delivered (or delivered and evaluated). */
  deliveredClaims: Scalars['Int']['output'];
  /** 已评价认领 · Of those, evaluated. */
  evaluatedClaims: Scalars['Int']['output'];
};

/** 需求覆盖 · Needs of one category. */
export type CategoryCoverage = {
  __typename?: 'CategoryCoverage';
  /** 类别 · The category. */
  category: ServiceCategory;
  /** 需求数 · Needs published. */
  needs: Scalars['Int']['output'];
  /** 需求量 · Quantity asked, in all. */
  quantity: Scalars['Int']['output'];
  /** 已接受 · Quantity taken by accepted claims. */
  accepted: Scalars['Int']['output'];
  /** 已履约 · Quantity delivered. */
  delivered: Scalars['Int']['output'];
  /** 覆盖率 · accepted / quantity; null when nothing was asked. */
  coverage?: Maybe<Scalars['Float']['output']>;
};

/**
 * 会议决定 · MeetingDecision (organizations subgraph), extended here with the item published from it: the
 * link is kept on the item (`decisionId`), in this subgraph, and read from both sides through federation.
 */
export type MeetingDecision = {
  __typename?: 'MeetingDecision';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 清单条目 · The need or project published from the decision, if the caller may see it. */
  item?: Maybe<ListItem>;
};

/** 党组织类型 · The same enumeration as the organizations subgraph's (that subgraph owns `Organization.kind`). */
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
  /** 履约认领 · Claims the unit gave that were delivered (履约) in the year — needs and projects it claimed, its own offers others claimed; null for a Party organisation. */
  claimsDelivered?: Maybe<Scalars['Int']['output']>;
  /** 组织活动 · Activities the unit organised that were held in the year; null for a Party organisation. */
  activitiesOrganised?: Maybe<Scalars['Int']['output']>;
  /** 参加活动 · Activities the unit was checked in at in the year; null for a Party organisation. */
  activitiesAttended?: Maybe<Scalars['Int']['output']>;
};

/**
 * 通知 · A notification in a party's inbox (待办提醒): something its people must act on or know — a claim
 * on its item, its claim accepted, an invitation, a whistle, a deadline near, an escalation, an activity
 * tomorrow. Addressed to an organisation, a unit or a member: whoever acts for it reads it.
 */
export type Notification = {
  __typename?: 'Notification';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 类型 · What happened. */
  kind: NotificationKind;
  /** 标题 · A short title, in Chinese. */
  title: Scalars['String']['output'];
  /** 内容 · What happened and what to do, in Chinese. */
  text: Scalars['String']['output'];
  /** 对象 · The claim, item, request, invitation or activity it is about; null once the caller may no longer see it. */
  subject?: Maybe<NotificationSubject>;
  /** 时间 · When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** 已读时间 · When it was marked read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

/** 通知对象 · What a notification is about. */
export type NotificationSubject = Need | Offer | Project | Claim | Request | Invitation | Activity;

/** 通知类型 · What a notification says happened. */
export const NotificationKind = {
  /** 收到认领 · Someone claimed your item: accept or reject it. */
  CLAIM_RECEIVED: 'CLAIM_RECEIVED',
  /** 认领已接受 · Your claim was accepted. */
  CLAIM_ACCEPTED: 'CLAIM_ACCEPTED',
  /** 认领被拒绝 · Your claim was rejected, with the reason. */
  CLAIM_REJECTED: 'CLAIM_REJECTED',
  /** 收到派单 · A committee sent your unit an invitation (派单). */
  INVITATION_RECEIVED: 'INVITATION_RECEIVED',
  /** 吹哨报到 · Your unit is called to report and act on a request. */
  WHISTLE_CALLED: 'WHISTLE_CALLED',
  /** 超期上报 · A request of your street went past its time limit and was escalated to you. */
  REQUEST_ESCALATED: 'REQUEST_ESCALATED',
  /** 转办 · A request was handed on to your organisation to handle. */
  REQUEST_TRANSFERRED: 'REQUEST_TRANSFERRED',
  /** 督办 · The street reminds you of an overdue or escalated request you handle. */
  REQUEST_SUPERVISED: 'REQUEST_SUPERVISED',
  /** 即将超期 · A request you handle reaches its time limit within a day. */
  REQUEST_DEADLINE_NEAR: 'REQUEST_DEADLINE_NEAR',
  /** 活动提醒 · An activity you signed up for starts within a day. */
  ACTIVITY_TOMORROW: 'ACTIVITY_TOMORROW'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** 收件箱 · A page of the caller's notifications, newest first, with the unread count. */
export type InboxConnection = {
  __typename?: 'InboxConnection';
  /** 边 · The notifications of this page with their cursors. */
  edges: Array<NotificationEdge>;
  /** 节点 · The notifications of this page. */
  nodes: Array<Notification>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
  /** 未读数 · How many of the caller's notifications are unread (all of them, not only this page). */
  unreadCount: Scalars['Int']['output'];
};

/** 通知分页边 · A notification and its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** 游标 · Opaque cursor of this notification. */
  cursor: Scalars['String']['output'];
  /** 通知 · The notification. */
  node: Notification;
};

/** 标记已读结果 · How many were marked, and what is left unread. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** 标记数 · Notifications marked read by this call (those already read are not counted). */
  marked: Scalars['Int']['output'];
  /** 未读数 · The caller's unread notifications after it. */
  unreadCount: Scalars['Int']['output'];
  /** 错误 · Why nothing was marked, if so. */
  errors: Array<UserError>;
};

/**
 * 推送地址 · A street's webhook: every notification in the street of the kinds it asks for is posted to its
 * URL as JSON, signed with its secret (HMAC-SHA256 over `<timestamp>.<body>`), retried with backoff until
 * the endpoint takes it.
 */
export type Webhook = {
  __typename?: 'Webhook';
  /** 标识 · Stable identifier; it is also in every delivery's payload. */
  id: Scalars['ID']['output'];
  /** 街道 · The street whose notifications it receives. */
  street: Organization;
  /** 地址 · Where deliveries are posted. */
  url: Scalars['String']['output'];
  /** 通知类型 · The kinds it receives; empty: every kind. */
  events: Array<NotificationKind>;
  /** 登记时间 · When it was registered; it receives the notifications made since. */
  createdAt: Scalars['DateTime']['output'];
  /** 登记人 · Who registered it (token subject). */
  createdBy: Scalars['String']['output'];
  /** 已停用 · When it was removed; null while it receives deliveries. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 投递记录 · Its deliveries, oldest first, optionally in one state (FAILED: given up after WEBHOOK_MAX_ATTEMPTS). */
  deliveries: WebhookDeliveryConnection;
};


/**
 * 推送地址 · A street's webhook: every notification in the street of the kinds it asks for is posted to its
 * URL as JSON, signed with its secret (HMAC-SHA256 over `<timestamp>.<body>`), retried with backoff until
 * the endpoint takes it.
 */
export type WebhookDeliveriesArgs = {
  status?: InputMaybe<WebhookDeliveryStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
};

/** 投递 · One notification posted (or to be posted) to one webhook. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** 投递标识 · Sent as the `X-Coop-Delivery` header: the receiver keeps it to take each delivery once. */
  id: Scalars['ID']['output'];
  /** 通知类型 · The notification's kind. */
  kind: NotificationKind;
  /** 状态 · Waiting, delivered or given up. */
  status: WebhookDeliveryStatus;
  /** 尝试次数 · Posts tried so far. */
  attempts: Scalars['Int']['output'];
  /** 下次尝试 · When it is posted again, while pending. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** 最近错误 · What the last failed post met (an HTTP status, a timeout, a refused connection). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** 生成时间 · When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** 送达时间 · When the endpoint took it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
};

/** 投递状态 · Where a delivery is. */
export const WebhookDeliveryStatus = {
  /** 待投递 · Waiting, or being retried with backoff. */
  PENDING: 'PENDING',
  /** 已送达 · The endpoint answered 2xx. */
  DELIVERED: 'DELIVERED',
  /** 已放弃 · Given up after WEBHOOK_MAX_ATTEMPTS posts (only when that is set); kept here. */
  FAILED: 'FAILED'
} as const;

export type WebhookDeliveryStatus = typeof WebhookDeliveryStatus[keyof typeof WebhookDeliveryStatus];
/** 推送地址分页 · A page of webhooks. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** 边 · The webhooks of this page with their cursors. */
  edges: Array<WebhookEdge>;
  /** 节点 · The webhooks of this page. */
  nodes: Array<Webhook>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 推送地址分页边 · A webhook and its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** 游标 · Opaque cursor of this webhook. */
  cursor: Scalars['String']['output'];
  /** 推送地址 · The webhook. */
  node: Webhook;
};

/** 投递分页 · A page of deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** 边 · The deliveries of this page with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** 节点 · The deliveries of this page. */
  nodes: Array<WebhookDelivery>;
  /** 分页信息 · Where this page sits in the list. */
  pageInfo: PageInfo;
};

/** 投递分页边 · A delivery and its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** 游标 · Opaque cursor of this delivery. */
  cursor: Scalars['String']['output'];
  /** 投递 · The delivery. */
  node: WebhookDelivery;
};

/** 登记推送地址 · A street's webhook to register. */
export type RegisterWebhookInput = {
  /** 街道 · The street. */
  streetId: Scalars['ID']['input'];
  /** 地址 · https://…, or http:// to a loopback address (127.0.0.1, ::1, localhost); at most 500 characters, no user or password in it. */
  url: Scalars['String']['input'];
  /** 通知类型 · The kinds to receive; empty or absent: every kind. */
  events?: InputMaybe<Array<NotificationKind>>;
};

/** 登记结果 · The webhook and, this once, its secret. */
export type RegisterWebhookPayload = {
  __typename?: 'RegisterWebhookPayload';
  /** 推送地址 · The webhook registered. */
  webhook?: Maybe<Webhook>;
  /** 签名密钥 · The secret deliveries are signed with. Shown only here: keep it. */
  secret?: Maybe<Scalars['String']['output']>;
  /** 错误 · Why it was not registered. */
  errors: Array<UserError>;
};

/** 推送地址结果 · The webhook, or why not. */
export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** 推送地址 · The webhook. */
  webhook?: Maybe<Webhook>;
  /** 错误 · Why not. */
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
  Need: Need;
  Offer: Offer;
  Project: Project;
  Invitation: Invitation;
  Claim: Claim;
  Organization: Organization;
  ResidentUnit: ResidentUnit;
  Member: Member;
  Request: Request;
  Activity: Activity;
  Agreement: Agreement;
  Statistics: Statistics;
  MeetingDecision: MeetingDecision;
  ReviewRecord: ReviewRecord;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Need:
    ( { __typename: 'Need' }
    & GraphQLRecursivePick<FederationTypes['Need'], {"id":true}> );
  Offer:
    ( { __typename: 'Offer' }
    & GraphQLRecursivePick<FederationTypes['Offer'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  Invitation:
    ( { __typename: 'Invitation' }
    & GraphQLRecursivePick<FederationTypes['Invitation'], {"id":true}> );
  Claim:
    ( { __typename: 'Claim' }
    & GraphQLRecursivePick<FederationTypes['Claim'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Organization'], {"kind":true}> ) );
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Request:
    ( { __typename: 'Request' }
    & GraphQLRecursivePick<FederationTypes['Request'], {"id":true}> );
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Agreement:
    ( { __typename: 'Agreement' }
    & GraphQLRecursivePick<FederationTypes['Agreement'], {"id":true}> );
  Statistics:
    ( { __typename: 'Statistics' }
    & GraphQLRecursivePick<FederationTypes['Statistics'], {"organizationId":true,"from":true,"to":true}> );
  MeetingDecision:
    ( { __typename: 'MeetingDecision' }
    & GraphQLRecursivePick<FederationTypes['MeetingDecision'], {"id":true}> );
  ReviewRecord:
    ( { __typename: 'ReviewRecord' }
    & GraphQLRecursivePick<FederationTypes['ReviewRecord'], {"partyType":true,"partyId":true,"communityId":true,"year":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Party:
    | ( OrganizationRef )
    | ( EntityRef )
  ;
  Claimant:
    | ( OrganizationRef )
    | ( EntityRef )
    | ( EntityRef )
  ;
  Participant:
    | ( EntityRef )
    | ( EntityRef )
  ;
  NotificationSubject:
    | ( ItemDoc )
    | ( ItemDoc )
    | ( ItemDoc )
    | ( ClaimDoc )
    | ( RequestDoc )
    | ( InvitationDoc )
    | ( ActivityDoc )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ListItem: ResolverTypeWrapper<ItemDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Need: ResolverTypeWrapper<ItemDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Offer: ResolverTypeWrapper<ItemDoc>;
  Project: ResolverTypeWrapper<ItemDoc>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Match: ResolverTypeWrapper<MatchOut>;
  ScoreFactor: ResolverTypeWrapper<ScoreFactor>;
  MatchFactor: MatchFactor;
  MatchingWeights: ResolverTypeWrapper<MatchingWeights>;
  TerritoryAssignment: ResolverTypeWrapper<Omit<TerritoryAssignment, 'matches' | 'loadByProvider'> & { matches: Array<ResolversTypes['Match']>, loadByProvider: Array<ResolversTypes['ProviderLoad']> }>;
  UnmetCategory: ResolverTypeWrapper<UnmetCategory>;
  ProviderLoad: ResolverTypeWrapper<ProviderLoadOut>;
  Invitation: ResolverTypeWrapper<InvitationDoc>;
  InvitationStatus: InvitationStatus;
  Milestone: ResolverTypeWrapper<Milestone>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  ContactDetails: ResolverTypeWrapper<ContactDetails>;
  Party: ResolverTypeWrapper<PartyTypedRef>;
  Claimant: ResolverTypeWrapper<TypedRef>;
  Claim: ResolverTypeWrapper<ClaimDoc>;
  ClaimStatus: ClaimStatus;
  ItemStatus: ItemStatus;
  Visibility: Visibility;
  HistoryEntry: ResolverTypeWrapper<LedgerEntry>;
  ServiceCategory: ServiceCategory;
  UnitOfMeasure: UnitOfMeasure;
  Urgency: Urgency;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  ResidentUnit: ResolverTypeWrapper<EntityRef>;
  Member: ResolverTypeWrapper<EntityRef>;
  NeedConnection: ResolverTypeWrapper<Connection<ItemDoc>>;
  NeedEdge: ResolverTypeWrapper<Edge<ItemDoc>>;
  OfferConnection: ResolverTypeWrapper<Connection<ItemDoc>>;
  OfferEdge: ResolverTypeWrapper<Edge<ItemDoc>>;
  ProjectConnection: ResolverTypeWrapper<Connection<ItemDoc>>;
  ProjectEdge: ResolverTypeWrapper<Edge<ItemDoc>>;
  ClaimConnection: ResolverTypeWrapper<Connection<ClaimDoc>>;
  ClaimEdge: ResolverTypeWrapper<Edge<ClaimDoc>>;
  InvitationConnection: ResolverTypeWrapper<Connection<InvitationDoc>>;
  InvitationEdge: ResolverTypeWrapper<Edge<InvitationDoc>>;
  HistoryConnection: ResolverTypeWrapper<Connection<LedgerEntry>>;
  HistoryEdge: ResolverTypeWrapper<Edge<LedgerEntry>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PartyInput: PartyInput;
  PartyType: PartyType;
  TimeWindowInput: TimeWindowInput;
  GeoPointInput: GeoPointInput;
  ContactInput: ContactInput;
  PublishNeedInput: PublishNeedInput;
  PublishOfferInput: PublishOfferInput;
  PublishProjectInput: PublishProjectInput;
  MilestoneInput: MilestoneInput;
  ClaimItemInput: ClaimItemInput;
  MatchingWeightsInput: MatchingWeightsInput;
  SendInvitationInput: SendInvitationInput;
  MatchingWeightsPayload: ResolverTypeWrapper<MatchingWeightsPayload>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  ItemPayload: ResolverTypeWrapper<Omit<ItemPayload, 'item'> & { item?: Maybe<ResolversTypes['ListItem']> }>;
  ClaimPayload: ResolverTypeWrapper<Omit<ClaimPayload, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  RequestPayload: ResolverTypeWrapper<Omit<RequestPayload, 'request'> & { request?: Maybe<ResolversTypes['Request']> }>;
  RaiseRequestInput: RaiseRequestInput;
  Request: ResolverTypeWrapper<RequestDoc>;
  WhistleCall: ResolverTypeWrapper<WhistleCallRecord>;
  Extension: ResolverTypeWrapper<ExtensionRecord>;
  ExtensionStatus: ExtensionStatus;
  RequestRating: ResolverTypeWrapper<RatingRecord>;
  RequestTimeLimit: ResolverTypeWrapper<RequestTimeLimit>;
  RequestTimeLimitInput: RequestTimeLimitInput;
  TimeLimitTable: ResolverTypeWrapper<LedgerEntry>;
  TimeLimitTableConnection: ResolverTypeWrapper<Connection<LedgerEntry>>;
  TimeLimitTableEdge: ResolverTypeWrapper<Edge<LedgerEntry>>;
  TimeLimitTablePayload: ResolverTypeWrapper<Omit<TimeLimitTablePayload, 'table'> & { table?: Maybe<ResolversTypes['TimeLimitTable']> }>;
  Photo: ResolverTypeWrapper<PhotoRef>;
  Transfer: ResolverTypeWrapper<TransferRecord>;
  Reminder: ResolverTypeWrapper<ReminderRecord>;
  RequestCategory: RequestCategory;
  RequestChannel: RequestChannel;
  RequestStatus: RequestStatus;
  RequestConnection: ResolverTypeWrapper<Connection<RequestDoc>>;
  RequestEdge: ResolverTypeWrapper<Edge<RequestDoc>>;
  Activity: ResolverTypeWrapper<ActivityDoc>;
  ActivityStatus: ActivityStatus;
  ActivitySignUp: ResolverTypeWrapper<SignUpDoc>;
  ActivitySignUpStatus: ActivitySignUpStatus;
  Participant: ResolverTypeWrapper<ParticipantTypedRef>;
  Agreement: ResolverTypeWrapper<EntityRef>;
  CommitmentKind: CommitmentKind;
  AgreementFulfilment: ResolverTypeWrapper<AgreementFulfilmentOut>;
  CommitmentFulfilment: ResolverTypeWrapper<KindFigures>;
  CommitmentShortfall: ResolverTypeWrapper<ShortfallRow>;
  CommitmentShortfallConnection: ResolverTypeWrapper<Connection<ShortfallRow>>;
  CommitmentShortfallEdge: ResolverTypeWrapper<Edge<ShortfallRow>>;
  UnitCommitmentFulfilment: ResolverTypeWrapper<UnitYearOut>;
  CommitmentStatistics: ResolverTypeWrapper<KindStatistics>;
  ActivityConnection: ResolverTypeWrapper<Connection<ActivityDoc>>;
  ActivityEdge: ResolverTypeWrapper<Edge<ActivityDoc>>;
  ActivitySignUpConnection: ResolverTypeWrapper<Connection<SignUpDoc>>;
  ActivitySignUpEdge: ResolverTypeWrapper<Edge<SignUpDoc>>;
  OrganiseActivityInput: OrganiseActivityInput;
  SignUpForActivityInput: SignUpForActivityInput;
  AttendanceInput: AttendanceInput;
  ActivityPayload: ResolverTypeWrapper<Omit<ActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  ActivitySignUpPayload: ResolverTypeWrapper<Omit<ActivitySignUpPayload, 'signUp'> & { signUp?: Maybe<ResolversTypes['ActivitySignUp']> }>;
  ActivityStatistics: ResolverTypeWrapper<ActivityStatistics>;
  Statistics: ResolverTypeWrapper<StatisticsScope>;
  ListKind: ListKind;
  ListStatistics: ResolverTypeWrapper<ListStatistics>;
  ClaimStatistics: ResolverTypeWrapper<ClaimStatistics>;
  ClaimStatusCount: ResolverTypeWrapper<ClaimStatusCount>;
  RequestStatistics: ResolverTypeWrapper<RequestStatistics>;
  RequestCategoryCount: ResolverTypeWrapper<RequestCategoryCount>;
  UnitContribution: ResolverTypeWrapper<UnitContributionRow>;
  CategoryCoverage: ResolverTypeWrapper<CategoryCoverage>;
  MeetingDecision: ResolverTypeWrapper<EntityRef>;
  OrganizationKind: OrganizationKind;
  ReviewRecord: ResolverTypeWrapper<ReviewRecordKey>;
  Notification: ResolverTypeWrapper<NotificationDoc>;
  NotificationSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['NotificationSubject']>;
  NotificationKind: NotificationKind;
  InboxConnection: ResolverTypeWrapper<InboxOut>;
  NotificationEdge: ResolverTypeWrapper<Edge<NotificationDoc>>;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  Webhook: ResolverTypeWrapper<WebhookDoc>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryDoc>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookConnection: ResolverTypeWrapper<Connection<WebhookDoc>>;
  WebhookEdge: ResolverTypeWrapper<Edge<WebhookDoc>>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Connection<WebhookDeliveryDoc>>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Edge<WebhookDeliveryDoc>>;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookPayload: ResolverTypeWrapper<Omit<RegisterWebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WebhookPayload: ResolverTypeWrapper<Omit<WebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  ReviewPartyType: ReviewPartyType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  ListItem: ItemDoc;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Need: ItemDoc;
  Boolean: Scalars['Boolean']['output'];
  Offer: ItemDoc;
  Project: ItemDoc;
  Float: Scalars['Float']['output'];
  Match: MatchOut;
  ScoreFactor: ScoreFactor;
  MatchingWeights: MatchingWeights;
  TerritoryAssignment: Omit<TerritoryAssignment, 'matches' | 'loadByProvider'> & { matches: Array<ResolversParentTypes['Match']>, loadByProvider: Array<ResolversParentTypes['ProviderLoad']> };
  UnmetCategory: UnmetCategory;
  ProviderLoad: ProviderLoadOut;
  Invitation: InvitationDoc;
  Milestone: Milestone;
  TimeWindow: TimeWindow;
  GeoPoint: GeoPoint;
  ContactDetails: ContactDetails;
  Party: PartyTypedRef;
  Claimant: TypedRef;
  Claim: ClaimDoc;
  HistoryEntry: LedgerEntry;
  Organization: OrganizationRef;
  ResidentUnit: EntityRef;
  Member: EntityRef;
  NeedConnection: Connection<ItemDoc>;
  NeedEdge: Edge<ItemDoc>;
  OfferConnection: Connection<ItemDoc>;
  OfferEdge: Edge<ItemDoc>;
  ProjectConnection: Connection<ItemDoc>;
  ProjectEdge: Edge<ItemDoc>;
  ClaimConnection: Connection<ClaimDoc>;
  ClaimEdge: Edge<ClaimDoc>;
  InvitationConnection: Connection<InvitationDoc>;
  InvitationEdge: Edge<InvitationDoc>;
  HistoryConnection: Connection<LedgerEntry>;
  HistoryEdge: Edge<LedgerEntry>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  PartyInput: PartyInput;
  TimeWindowInput: TimeWindowInput;
  GeoPointInput: GeoPointInput;
  ContactInput: ContactInput;
  PublishNeedInput: PublishNeedInput;
  PublishOfferInput: PublishOfferInput;
  PublishProjectInput: PublishProjectInput;
  MilestoneInput: MilestoneInput;
  ClaimItemInput: ClaimItemInput;
  MatchingWeightsInput: MatchingWeightsInput;
  SendInvitationInput: SendInvitationInput;
  MatchingWeightsPayload: MatchingWeightsPayload;
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  ItemPayload: Omit<ItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['ListItem']> };
  ClaimPayload: Omit<ClaimPayload, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  RequestPayload: Omit<RequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['Request']> };
  RaiseRequestInput: RaiseRequestInput;
  Request: RequestDoc;
  WhistleCall: WhistleCallRecord;
  Extension: ExtensionRecord;
  RequestRating: RatingRecord;
  RequestTimeLimit: RequestTimeLimit;
  RequestTimeLimitInput: RequestTimeLimitInput;
  TimeLimitTable: LedgerEntry;
  TimeLimitTableConnection: Connection<LedgerEntry>;
  TimeLimitTableEdge: Edge<LedgerEntry>;
  TimeLimitTablePayload: Omit<TimeLimitTablePayload, 'table'> & { table?: Maybe<ResolversParentTypes['TimeLimitTable']> };
  Photo: PhotoRef;
  Transfer: TransferRecord;
  Reminder: ReminderRecord;
  RequestConnection: Connection<RequestDoc>;
  RequestEdge: Edge<RequestDoc>;
  Activity: ActivityDoc;
  ActivitySignUp: SignUpDoc;
  Participant: ParticipantTypedRef;
  Agreement: EntityRef;
  AgreementFulfilment: AgreementFulfilmentOut;
  CommitmentFulfilment: KindFigures;
  CommitmentShortfall: ShortfallRow;
  CommitmentShortfallConnection: Connection<ShortfallRow>;
  CommitmentShortfallEdge: Edge<ShortfallRow>;
  UnitCommitmentFulfilment: UnitYearOut;
  CommitmentStatistics: KindStatistics;
  ActivityConnection: Connection<ActivityDoc>;
  ActivityEdge: Edge<ActivityDoc>;
  ActivitySignUpConnection: Connection<SignUpDoc>;
  ActivitySignUpEdge: Edge<SignUpDoc>;
  OrganiseActivityInput: OrganiseActivityInput;
  SignUpForActivityInput: SignUpForActivityInput;
  AttendanceInput: AttendanceInput;
  ActivityPayload: Omit<ActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  ActivitySignUpPayload: Omit<ActivitySignUpPayload, 'signUp'> & { signUp?: Maybe<ResolversParentTypes['ActivitySignUp']> };
  ActivityStatistics: ActivityStatistics;
  Statistics: StatisticsScope;
  ListStatistics: ListStatistics;
  ClaimStatistics: ClaimStatistics;
  ClaimStatusCount: ClaimStatusCount;
  RequestStatistics: RequestStatistics;
  RequestCategoryCount: RequestCategoryCount;
  UnitContribution: UnitContributionRow;
  CategoryCoverage: CategoryCoverage;
  MeetingDecision: EntityRef;
  ReviewRecord: ReviewRecordKey;
  Notification: NotificationDoc;
  NotificationSubject: ResolversUnionTypes<ResolversParentTypes>['NotificationSubject'];
  InboxConnection: InboxOut;
  NotificationEdge: Edge<NotificationDoc>;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  Webhook: WebhookDoc;
  WebhookDelivery: WebhookDeliveryDoc;
  WebhookConnection: Connection<WebhookDoc>;
  WebhookEdge: Edge<WebhookDoc>;
  WebhookDeliveryConnection: Connection<WebhookDeliveryDoc>;
  WebhookDeliveryEdge: Edge<WebhookDeliveryDoc>;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookPayload: Omit<RegisterWebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WebhookPayload: Omit<WebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ListItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListItem'] = ResolversParentTypes['ListItem']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Need' | 'Offer' | 'Project', ParentType, ContextType>;
}>;

export type NeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need'], FederationReferenceType extends FederationReferenceTypes['Need'] = FederationReferenceTypes['Need']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Need']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  claimedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  smallWish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  postedBy?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  fromDecision?: Resolver<Maybe<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<NeedClaimsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<NeedHistoryArgs, 'first'>>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  suggestedOffers?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<NeedSuggestedOffersArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer'], FederationReferenceType extends FederationReferenceTypes['Offer'] = FederationReferenceTypes['Offer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  claimedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OfferClaimsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<OfferHistoryArgs, 'first'>>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  suggestedNeeds?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<OfferSuggestedNeedsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claimedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  owners?: Resolver<Array<Maybe<ResolversTypes['Party']>>, ParentType, ContextType>;
  fromDecision?: Resolver<Maybe<ResolversTypes['MeetingDecision']>, ParentType, ContextType>;
  participants?: Resolver<Array<Maybe<ResolversTypes['Claimant']>>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ProjectClaimsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<ProjectHistoryArgs, 'first'>>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = ResolversObject<{
  need?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
}>;

export type ScoreFactorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreFactor'] = ResolversParentTypes['ScoreFactor']> = ResolversObject<{
  factor?: Resolver<ResolversTypes['MatchFactor'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MatchingWeightsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingWeights'] = ResolversParentTypes['MatchingWeights']> = ResolversObject<{
  category?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeWindow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fairness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TerritoryAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TerritoryAssignment'] = ResolversParentTypes['TerritoryAssignment']> = ResolversObject<{
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  greedyCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  openNeeds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableOffers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmetByCategory?: Resolver<Array<ResolversTypes['UnmetCategory']>, ParentType, ContextType>;
  loadByProvider?: Resolver<Array<ResolversTypes['ProviderLoad']>, ParentType, ContextType>;
}>;

export type UnmetCategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnmetCategory'] = ResolversParentTypes['UnmetCategory']> = ResolversObject<{
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmetQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProviderLoadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderLoad'] = ResolversParentTypes['ProviderLoad']> = ResolversObject<{
  provider?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation'], FederationReferenceType extends FederationReferenceTypes['Invitation'] = FederationReferenceTypes['Invitation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invitation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  sentBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type TimeWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = ResolversObject<{
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'ResidentUnit', ParentType, ContextType>;
}>;

export type ClaimantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claimant'] = ResolversParentTypes['Claimant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'ResidentUnit' | 'Member', ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'], FederationReferenceType extends FederationReferenceTypes['Claim'] = FederationReferenceTypes['Claim']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Claim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ListItem'], ParentType, ContextType>;
  claimant?: Resolver<Maybe<ResolversTypes['Claimant']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveryNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaulted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimantContact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['Claimant']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  claimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  signUpId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Maybe<ResolversTypes['NeedConnection']>, ParentType, ContextType, RequireFields<OrganizationNeedsArgs, 'inTerritory' | 'first'>>;
  offers?: Resolver<Maybe<ResolversTypes['OfferConnection']>, ParentType, ContextType, RequireFields<OrganizationOffersArgs, 'inTerritory' | 'first'>>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'inTerritory' | 'first'>>;
  claimsMade?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, RequireFields<OrganizationClaimsMadeArgs, 'first'>>;
  requests?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, RequireFields<OrganizationRequestsArgs, 'first'>>;
  handledRequests?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, RequireFields<OrganizationHandledRequestsArgs, 'first'>>;
  whistles?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, RequireFields<OrganizationWhistlesArgs, 'first'>>;
  unreportedWhistles?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, RequireFields<OrganizationUnreportedWhistlesArgs, 'first'>>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<OrganizationActivitiesArgs, 'inTerritory' | 'first'>>;
  statistics?: Resolver<Maybe<ResolversTypes['Statistics']>, ParentType, ContextType, RequireFields<OrganizationStatisticsArgs, 'from' | 'to'>>;
  commitmentShortfalls?: Resolver<Maybe<ResolversTypes['CommitmentShortfallConnection']>, ParentType, ContextType, RequireFields<OrganizationCommitmentShortfallsArgs, 'includeOnTrack' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offers?: Resolver<Maybe<ResolversTypes['OfferConnection']>, ParentType, ContextType, RequireFields<ResidentUnitOffersArgs, 'first'>>;
  invitations?: Resolver<Maybe<ResolversTypes['InvitationConnection']>, ParentType, ContextType, RequireFields<ResidentUnitInvitationsArgs, 'first'>>;
  claimsMade?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, RequireFields<ResidentUnitClaimsMadeArgs, 'first'>>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<ResidentUnitActivitiesArgs, 'first'>>;
  activitySignUps?: Resolver<Maybe<ResolversTypes['ActivitySignUpConnection']>, ParentType, ContextType, RequireFields<ResidentUnitActivitySignUpsArgs, 'first'>>;
  commitmentFulfilment?: Resolver<Maybe<ResolversTypes['UnitCommitmentFulfilment']>, ParentType, ContextType, RequireFields<ResidentUnitCommitmentFulfilmentArgs, 'year'>>;
  whistles?: Resolver<Maybe<ResolversTypes['RequestConnection']>, ParentType, ContextType, RequireFields<ResidentUnitWhistlesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivitySignUpConnection']>, ParentType, ContextType, RequireFields<MemberActivitiesArgs, 'first'>>;
  claimsMade?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, RequireFields<MemberClaimsMadeArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NeedConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeedConnection'] = ResolversParentTypes['NeedConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NeedEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Need']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type NeedEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeedEdge'] = ResolversParentTypes['NeedEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
}>;

export type OfferConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferConnection'] = ResolversParentTypes['OfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OfferEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OfferEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferEdge'] = ResolversParentTypes['OfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type InvitationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InvitationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
}>;

export type HistoryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryConnection'] = ResolversParentTypes['HistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HistoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HistoryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEdge'] = ResolversParentTypes['HistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<QueryNeedArgs, 'id'>>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryOfferArgs, 'id'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  matchingWeights?: Resolver<ResolversTypes['MatchingWeights'], ParentType, ContextType, RequireFields<QueryMatchingWeightsArgs, 'streetId'>>;
  territoryAssignment?: Resolver<ResolversTypes['TerritoryAssignment'], ParentType, ContextType, RequireFields<QueryTerritoryAssignmentArgs, 'within'>>;
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType, RequireFields<QueryRequestArgs, 'id'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  requestTimeLimits?: Resolver<Array<ResolversTypes['RequestTimeLimit']>, ParentType, ContextType, Partial<QueryRequestTimeLimitsArgs>>;
  requestTimeLimitHistory?: Resolver<ResolversTypes['TimeLimitTableConnection'], ParentType, ContextType, RequireFields<QueryRequestTimeLimitHistoryArgs, 'streetId' | 'first'>>;
  inbox?: Resolver<ResolversTypes['InboxConnection'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'unreadOnly' | 'first'>>;
  webhooks?: Resolver<ResolversTypes['WebhookConnection'], ParentType, ContextType, RequireFields<QueryWebhooksArgs, 'streetId' | 'first'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  syncServicesTerritory?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSyncServicesTerritoryArgs, 'organizationId'>>;
  publishNeed?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationPublishNeedArgs, 'input'>>;
  publishOffer?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationPublishOfferArgs, 'input'>>;
  publishProject?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationPublishProjectArgs, 'input'>>;
  openItem?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationOpenItemArgs, 'id'>>;
  cancelItem?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationCancelItemArgs, 'id' | 'reason'>>;
  closeItem?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationCloseItemArgs, 'id' | 'reason'>>;
  completeMilestone?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'projectId' | 'index'>>;
  claimItem?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationClaimItemArgs, 'input'>>;
  acceptClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationAcceptClaimArgs, 'id'>>;
  rejectClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationRejectClaimArgs, 'id' | 'reason'>>;
  withdrawClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationWithdrawClaimArgs, 'id'>>;
  cancelClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationCancelClaimArgs, 'id' | 'reason' | 'defaulted'>>;
  deliverClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationDeliverClaimArgs, 'id'>>;
  setMatchingWeights?: Resolver<ResolversTypes['MatchingWeightsPayload'], ParentType, ContextType, RequireFields<MutationSetMatchingWeightsArgs, 'streetId' | 'input'>>;
  sendInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationSendInvitationArgs, 'input'>>;
  acceptInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'id'>>;
  declineInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationDeclineInvitationArgs, 'id' | 'reason'>>;
  evaluateClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationEvaluateClaimArgs, 'id' | 'score'>>;
  organiseActivity?: Resolver<ResolversTypes['ActivityPayload'], ParentType, ContextType, RequireFields<MutationOrganiseActivityArgs, 'input'>>;
  cancelActivity?: Resolver<ResolversTypes['ActivityPayload'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'id' | 'reason'>>;
  signUpForActivity?: Resolver<ResolversTypes['ActivitySignUpPayload'], ParentType, ContextType, RequireFields<MutationSignUpForActivityArgs, 'input'>>;
  withdrawSignUp?: Resolver<ResolversTypes['ActivitySignUpPayload'], ParentType, ContextType, RequireFields<MutationWithdrawSignUpArgs, 'activityId'>>;
  checkInAttendance?: Resolver<ResolversTypes['ActivityPayload'], ParentType, ContextType, RequireFields<MutationCheckInAttendanceArgs, 'activityId' | 'attendances'>>;
  raiseRequest?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationRaiseRequestArgs, 'input'>>;
  acceptRequest?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationAcceptRequestArgs, 'id'>>;
  blowWhistle?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationBlowWhistleArgs, 'id' | 'instruction'>>;
  reportToWhistle?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationReportToWhistleArgs, 'id'>>;
  respondToWhistle?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationRespondToWhistleArgs, 'id' | 'response'>>;
  requestExtension?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationRequestExtensionArgs, 'id' | 'workingDays' | 'reason'>>;
  decideExtension?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationDecideExtensionArgs, 'id' | 'approve'>>;
  resolveRequest?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationResolveRequestArgs, 'id' | 'resolution'>>;
  transferRequest?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationTransferRequestArgs, 'id' | 'toOrganizationId' | 'reason'>>;
  superviseRequest?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationSuperviseRequestArgs, 'id' | 'note'>>;
  setRequestTimeLimits?: Resolver<ResolversTypes['TimeLimitTablePayload'], ParentType, ContextType, RequireFields<MutationSetRequestTimeLimitsArgs, 'streetId' | 'limits'>>;
  rateRequest?: Resolver<ResolversTypes['RequestPayload'], ParentType, ContextType, RequireFields<MutationRateRequestArgs, 'id' | 'score'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  registerWebhook?: Resolver<ResolversTypes['RegisterWebhookPayload'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  removeWebhook?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationRemoveWebhookArgs, 'id'>>;
}>;

export type MatchingWeightsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingWeightsPayload'] = ResolversParentTypes['MatchingWeightsPayload']> = ResolversObject<{
  weights?: Resolver<Maybe<ResolversTypes['MatchingWeights']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = ResolversObject<{
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ItemPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemPayload'] = ResolversParentTypes['ItemPayload']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['ListItem']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestPayload'] = ResolversParentTypes['RequestPayload']> = ResolversObject<{
  request?: Resolver<Maybe<ResolversTypes['Request']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Request'] = ResolversParentTypes['Request'], FederationReferenceType extends FederationReferenceTypes['Request'] = FederationReferenceTypes['Request']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Request']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RequestCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['RequestChannel'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Photo']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeLimitWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handledBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  whistles?: Resolver<Array<ResolversTypes['WhistleCall']>, ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['Extension']>, ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['Transfer']>, ParentType, ContextType>;
  reminders?: Resolver<Array<ResolversTypes['Reminder']>, ParentType, ContextType>;
  reminderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['RequestRating']>, ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  escalatedTo?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  resident?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<RequestHistoryArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WhistleCallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhistleCall'] = ResolversParentTypes['WhistleCall']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  reportBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instruction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  calledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ExtensionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Extension'] = ResolversParentTypes['Extension']> = ResolversObject<{
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExtensionStatus'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RequestRatingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestRating'] = ResolversParentTypes['RequestRating']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type RequestTimeLimitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestTimeLimit'] = ResolversParentTypes['RequestTimeLimit']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RequestCategory'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportInHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeLimitTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeLimitTable'] = ResolversParentTypes['TimeLimitTable']> = ResolversObject<{
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limits?: Resolver<Array<ResolversTypes['RequestTimeLimit']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TimeLimitTableConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeLimitTableConnection'] = ResolversParentTypes['TimeLimitTableConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimeLimitTableEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TimeLimitTable']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TimeLimitTableEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeLimitTableEdge'] = ResolversParentTypes['TimeLimitTableEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeLimitTable'], ParentType, ContextType>;
}>;

export type TimeLimitTablePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeLimitTablePayload'] = ResolversParentTypes['TimeLimitTablePayload']> = ResolversObject<{
  table?: Resolver<Maybe<ResolversTypes['TimeLimitTable']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PhotoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Photo'] = ResolversParentTypes['Photo']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReminderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reminder'] = ResolversParentTypes['Reminder']> = ResolversObject<{
  by?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type RequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestConnection'] = ResolversParentTypes['RequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Request']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestEdge'] = ResolversParentTypes['RequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Request'], ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placesTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingPlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organiser?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ListItem']>, ParentType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancellations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  signUps?: Resolver<Maybe<ResolversTypes['ActivitySignUpConnection']>, ParentType, ContextType, RequireFields<ActivitySignUpsArgs, 'first'>>;
  history?: Resolver<Maybe<ResolversTypes['HistoryConnection']>, ParentType, ContextType, RequireFields<ActivityHistoryArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivitySignUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUp'] = ResolversParentTypes['ActivitySignUp']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  participant?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivitySignUpStatus'], ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hoursRecorded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedUpAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedInBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Member' | 'ResidentUnit', ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'], FederationReferenceType extends FederationReferenceTypes['Agreement'] = FederationReferenceTypes['Agreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fulfilment?: Resolver<Maybe<ResolversTypes['AgreementFulfilment']>, ParentType, ContextType>;
}>;

export type AgreementFulfilmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementFulfilment'] = ResolversParentTypes['AgreementFulfilment']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  elapsed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['CommitmentFulfilment']>, ParentType, ContextType>;
}>;

export type CommitmentFulfilmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentFulfilment'] = ResolversParentTypes['CommitmentFulfilment']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  promised?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CommitmentShortfallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentShortfall'] = ResolversParentTypes['CommitmentShortfall']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['CommitmentFulfilment'], ParentType, ContextType>;
}>;

export type CommitmentShortfallConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentShortfallConnection'] = ResolversParentTypes['CommitmentShortfallConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommitmentShortfallEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommitmentShortfall']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CommitmentShortfallEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentShortfallEdge'] = ResolversParentTypes['CommitmentShortfallEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommitmentShortfall'], ParentType, ContextType>;
}>;

export type UnitCommitmentFulfilmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitCommitmentFulfilment'] = ResolversParentTypes['UnitCommitmentFulfilment']> = ResolversObject<{
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['CommitmentFulfilment']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CommitmentStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentStatistics'] = ResolversParentTypes['CommitmentStatistics']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promised?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  behind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivitySignUpConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUpConnection'] = ResolversParentTypes['ActivitySignUpConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivitySignUpEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActivitySignUp']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActivitySignUpEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUpEdge'] = ResolversParentTypes['ActivitySignUpEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivitySignUp'], ParentType, ContextType>;
}>;

export type ActivityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityPayload'] = ResolversParentTypes['ActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ActivitySignUpPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySignUpPayload'] = ResolversParentTypes['ActivitySignUpPayload']> = ResolversObject<{
  signUp?: Resolver<Maybe<ResolversTypes['ActivitySignUp']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ActivityStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityStatistics'] = ResolversParentTypes['ActivityStatistics']> = ResolversObject<{
  organised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signUps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noShowRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cancellations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statistics'] = ResolversParentTypes['Statistics'], FederationReferenceType extends FederationReferenceTypes['Statistics'] = FederationReferenceTypes['Statistics']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Statistics']> | FederationReferenceType, FederationReferenceType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lists?: Resolver<Maybe<Array<ResolversTypes['ListStatistics']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimStatistics']>, ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['RequestStatistics']>, ParentType, ContextType>;
  unitRanking?: Resolver<Maybe<Array<ResolversTypes['UnitContribution']>>, ParentType, ContextType, RequireFields<StatisticsUnitRankingArgs, 'first'>>;
  coverage?: Resolver<Maybe<Array<ResolversTypes['CategoryCoverage']>>, ParentType, ContextType>;
  activities?: Resolver<Maybe<ResolversTypes['ActivityStatistics']>, ParentType, ContextType>;
  commitments?: Resolver<Maybe<Array<ResolversTypes['CommitmentStatistics']>>, ParentType, ContextType>;
}>;

export type ListStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListStatistics'] = ResolversParentTypes['ListStatistics']> = ResolversObject<{
  list?: Resolver<ResolversTypes['ListKind'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fulfilmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianHoursToClaim?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianHoursToFulfil?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ClaimStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimStatistics'] = ResolversParentTypes['ClaimStatistics']> = ResolversObject<{
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ClaimStatusCount']>, ParentType, ContextType>;
}>;

export type ClaimStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimStatusCount'] = ResolversParentTypes['ClaimStatusCount']> = ResolversObject<{
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RequestStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestStatistics'] = ResolversParentTypes['RequestStatistics']> = ResolversObject<{
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  whistled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  whistleRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['RequestCategoryCount']>, ParentType, ContextType>;
}>;

export type RequestCategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestCategoryCount'] = ResolversParentTypes['RequestCategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RequestCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnitContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitContribution'] = ResolversParentTypes['UnitContribution']> = ResolversObject<{
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType>;
  deliveredClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluatedClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CategoryCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryCoverage'] = ResolversParentTypes['CategoryCoverage']> = ResolversObject<{
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MeetingDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingDecision'] = ResolversParentTypes['MeetingDecision'], FederationReferenceType extends FederationReferenceTypes['MeetingDecision'] = FederationReferenceTypes['MeetingDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MeetingDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ListItem']>, ParentType, ContextType>;
}>;

export type ReviewRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRecord'] = ResolversParentTypes['ReviewRecord'], FederationReferenceType extends FederationReferenceTypes['ReviewRecord'] = FederationReferenceTypes['ReviewRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  partyType?: Resolver<ResolversTypes['ReviewPartyType'], ParentType, ContextType>;
  partyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  communityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsDelivered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activitiesOrganised?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activitiesAttended?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['NotificationSubject']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type NotificationSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationSubject'] = ResolversParentTypes['NotificationSubject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Need' | 'Offer' | 'Project' | 'Claim' | 'Request' | 'Invitation' | 'Activity', ParentType, ContextType>;
}>;

export type InboxConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxConnection'] = ResolversParentTypes['InboxConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type MarkNotificationsReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = ResolversObject<{
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['NotificationKind']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookDeliveriesArgs, 'first'>>;
}>;

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type WebhookConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookConnection'] = ResolversParentTypes['WebhookConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEdge'] = ResolversParentTypes['WebhookEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type RegisterWebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterWebhookPayload'] = ResolversParentTypes['RegisterWebhookPayload']> = ResolversObject<{
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type WebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookPayload'] = ResolversParentTypes['WebhookPayload']> = ResolversObject<{
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  ListItem?: ListItemResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  ScoreFactor?: ScoreFactorResolvers<ContextType>;
  MatchingWeights?: MatchingWeightsResolvers<ContextType>;
  TerritoryAssignment?: TerritoryAssignmentResolvers<ContextType>;
  UnmetCategory?: UnmetCategoryResolvers<ContextType>;
  ProviderLoad?: ProviderLoadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Claimant?: ClaimantResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  NeedConnection?: NeedConnectionResolvers<ContextType>;
  NeedEdge?: NeedEdgeResolvers<ContextType>;
  OfferConnection?: OfferConnectionResolvers<ContextType>;
  OfferEdge?: OfferEdgeResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  HistoryConnection?: HistoryConnectionResolvers<ContextType>;
  HistoryEdge?: HistoryEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MatchingWeightsPayload?: MatchingWeightsPayloadResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  ItemPayload?: ItemPayloadResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  RequestPayload?: RequestPayloadResolvers<ContextType>;
  Request?: RequestResolvers<ContextType>;
  WhistleCall?: WhistleCallResolvers<ContextType>;
  Extension?: ExtensionResolvers<ContextType>;
  RequestRating?: RequestRatingResolvers<ContextType>;
  RequestTimeLimit?: RequestTimeLimitResolvers<ContextType>;
  TimeLimitTable?: TimeLimitTableResolvers<ContextType>;
  TimeLimitTableConnection?: TimeLimitTableConnectionResolvers<ContextType>;
  TimeLimitTableEdge?: TimeLimitTableEdgeResolvers<ContextType>;
  TimeLimitTablePayload?: TimeLimitTablePayloadResolvers<ContextType>;
  Photo?: PhotoResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  Reminder?: ReminderResolvers<ContextType>;
  RequestConnection?: RequestConnectionResolvers<ContextType>;
  RequestEdge?: RequestEdgeResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ActivitySignUp?: ActivitySignUpResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementFulfilment?: AgreementFulfilmentResolvers<ContextType>;
  CommitmentFulfilment?: CommitmentFulfilmentResolvers<ContextType>;
  CommitmentShortfall?: CommitmentShortfallResolvers<ContextType>;
  CommitmentShortfallConnection?: CommitmentShortfallConnectionResolvers<ContextType>;
  CommitmentShortfallEdge?: CommitmentShortfallEdgeResolvers<ContextType>;
  UnitCommitmentFulfilment?: UnitCommitmentFulfilmentResolvers<ContextType>;
  CommitmentStatistics?: CommitmentStatisticsResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivitySignUpConnection?: ActivitySignUpConnectionResolvers<ContextType>;
  ActivitySignUpEdge?: ActivitySignUpEdgeResolvers<ContextType>;
  ActivityPayload?: ActivityPayloadResolvers<ContextType>;
  ActivitySignUpPayload?: ActivitySignUpPayloadResolvers<ContextType>;
  ActivityStatistics?: ActivityStatisticsResolvers<ContextType>;
  Statistics?: StatisticsResolvers<ContextType>;
  ListStatistics?: ListStatisticsResolvers<ContextType>;
  ClaimStatistics?: ClaimStatisticsResolvers<ContextType>;
  ClaimStatusCount?: ClaimStatusCountResolvers<ContextType>;
  RequestStatistics?: RequestStatisticsResolvers<ContextType>;
  RequestCategoryCount?: RequestCategoryCountResolvers<ContextType>;
  UnitContribution?: UnitContributionResolvers<ContextType>;
  CategoryCoverage?: CategoryCoverageResolvers<ContextType>;
  MeetingDecision?: MeetingDecisionResolvers<ContextType>;
  ReviewRecord?: ReviewRecordResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationSubject?: NotificationSubjectResolvers<ContextType>;
  InboxConnection?: InboxConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookConnection?: WebhookConnectionResolvers<ContextType>;
  WebhookEdge?: WebhookEdgeResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  RegisterWebhookPayload?: RegisterWebhookPayloadResolvers<ContextType>;
  WebhookPayload?: WebhookPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

