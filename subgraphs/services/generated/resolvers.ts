import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ItemDoc, ClaimDoc, InvitationDoc } from '../models';
import type { Connection, Edge } from '../../../platform/pagination';
import type { LedgerEntry } from '../../../platform/ledger';
import type { MatchOut } from '../resolvers/Matching';
import type { ProviderLoadOut } from '../resolvers/refs';
import type { EntityRef } from '../../../platform/subgraph';
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
 * 认领 · Claim: one party's claim (认领) on part or all of an item. The item's
 * owner accepts or rejects it; an accepted claim is delivered (履约) and then
 * evaluated.
 */
export type Claim = {
  __typename?: 'Claim';
  /** 认领方 · Who claims. */
  claimant: Claimant;
  /** 认领方联系方式 · The claimant's contact; for the item's owner side, once the claim is accepted. */
  claimantContact?: Maybe<ContactDetails>;
  /** 认领时间 · When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** 履约说明 · What was delivered, once delivered. */
  deliveryNote?: Maybe<Scalars['String']['output']>;
  /** 评价 · Comment of the evaluation. */
  evaluation?: Maybe<Scalars['String']['output']>;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 认领对象 · The need, offer or project claimed. */
  item: ListItem;
  /** 附言 · The claimant's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 数量 · How much of the item, in its unit of measure. */
  quantity: Scalars['Int']['output'];
  /** 拒绝原因 · Why it was rejected, if it was. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** 满意度 · Evaluation of the delivery, 1 to 5, once evaluated. */
  score?: Maybe<Scalars['Int']['output']>;
  /** 状态 · Where the claim is. */
  status: ClaimStatus;
  /** 处理时间 · When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
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

/** 认领 · A claim to make. */
export type ClaimItemInput = {
  /** 联系方式 · The claimant's contact, shown to the item's owner once the claim is accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 幂等键 · 8 to 64 characters; a retry with the same key returns the same claim and claims nothing more. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 认领对象 · The need, offer or project. */
  itemId: Scalars['ID']['input'];
  /** 附言 · Up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 数量 · How much, from 1 to what remains. */
  quantity: Scalars['Int']['input'];
};

/** 认领结果 · The claim, or why nothing changed. */
export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  /** 认领 · The claim as it is now; null when there are errors. */
  claim?: Maybe<Claim>;
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** 认领状态 · Lifecycle of a claim. */
export type ClaimStatus =
  /** 已接受 · Accepted by the owner; to be delivered. */
  | 'ACCEPTED'
  /** 已履约 · Delivered. */
  | 'DELIVERED'
  /** 已评价 · Delivered and evaluated. */
  | 'EVALUATED'
  /** 待处理 · Waiting for the owner to accept or reject. */
  | 'PENDING'
  /** 已拒绝 · Rejected by the owner. */
  | 'REJECTED'
  /** 已撤回 · Withdrawn by the claimant while pending. */
  | 'WITHDRAWN';

/** 认领方 · A party that claims: an organisation, a resident unit or a Party member. */
export type Claimant = Member | Organization | ResidentUnit;

/** 联系方式 · A contact for an item. */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  /** 联系人 · Name. */
  name: Scalars['String']['output'];
  /** 电话 · Phone number. */
  phone: Scalars['String']['output'];
};

/** 联系方式 · A contact. */
export type ContactInput = {
  /** 联系人 · Name, up to 50 characters. */
  name: Scalars['String']['input'];
  /** 电话 · Mobile (11 digits) or fixed line with area code. */
  phone: Scalars['String']['input'];
};

/** 位置 · A WGS-84 point. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** 纬度 · Latitude in degrees. */
  latitude: Scalars['Float']['output'];
  /** 经度 · Longitude in degrees. */
  longitude: Scalars['Float']['output'];
};

/** 位置 · A WGS-84 point. */
export type GeoPointInput = {
  /** 纬度 · Latitude in degrees, -90 to 90. */
  latitude: Scalars['Float']['input'];
  /** 经度 · Longitude in degrees, -180 to 180. */
  longitude: Scalars['Float']['input'];
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

/** 履历 · One recorded state change. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** 动作 · What happened, e.g. CLAIM, ACCEPT, DELIVER. */
  action: Scalars['String']['output'];
  /** 操作人 · Who did it (the token subject). */
  actor: Scalars['String']['output'];
  /** 时间 · When. */
  at: Scalars['DateTime']['output'];
  /** 认领 · The claim it concerns, if any. */
  claimId?: Maybe<Scalars['ID']['output']>;
  /** 原状态 · The state before. */
  from?: Maybe<Scalars['String']['output']>;
  /** 数量 · Quantity it concerns, if any. */
  quantity?: Maybe<Scalars['Int']['output']>;
  /** 原因 · Why, when a reason was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 序号 · Position in the item's ledger, from 1. */
  sequence: Scalars['Int']['output'];
  /** 新状态 · The state after. */
  to: Scalars['String']['output'];
};

/**
 * 派单 · Invitation: a committee sends a match to the unit that offers the
 * resource; the unit accepts it (it becomes the unit's claim on the need) or
 * declines with a reason.
 */
export type Invitation = {
  __typename?: 'Invitation';
  /** 认领 · The claim it became, once accepted. */
  claim?: Maybe<Claim>;
  /** 派单时间 · When. */
  createdAt: Scalars['DateTime']['output'];
  /** 拒绝原因 · Why the unit declined. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 需求 · The need. */
  need: Need;
  /** 附言 · The committee's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 资源 · The unit's offer. */
  offer: Offer;
  /** 数量 · How much of the need is asked. */
  quantity: Scalars['Int']['output'];
  /** 派单人 · Who sent it (token subject). */
  sentBy: Scalars['String']['output'];
  /** 状态 · Sent, accepted or declined. */
  status: InvitationStatus;
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

/** 派单结果 · The invitation, or why nothing changed. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
  /** 派单 · The invitation as it is now; null when there are errors. */
  invitation?: Maybe<Invitation>;
};

/** 派单状态 · Where an invitation is. */
export type InvitationStatus =
  /** 已接受 · Accepted: it is now a claim. */
  | 'ACCEPTED'
  /** 已拒绝 · Declined by the unit. */
  | 'DECLINED'
  /** 已派单 · Waiting for the unit. */
  | 'SENT';

/** 条目结果 · The item, or why nothing changed. */
export type ItemPayload = {
  __typename?: 'ItemPayload';
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
  /** 条目 · The item as it is now; null when there are errors. */
  item?: Maybe<ListItem>;
};

/** 条目状态 · Lifecycle of a need, offer or project. */
export type ItemStatus =
  /** 已取消 · Cancelled by its owner. */
  | 'CANCELLED'
  /** 草稿 · Not yet published. */
  | 'DRAFT'
  /** 已评价 · Fulfilled and every delivery evaluated. */
  | 'EVALUATED'
  /** 已过期 · Deadline passed with nothing claimed. */
  | 'EXPIRED'
  /** 已完成 · Fulfilled, or closed as partly fulfilled. */
  | 'FULFILLED'
  /** 已认领 · Claims hold the whole quantity. */
  | 'FULLY_CLAIMED'
  /** 实施中 · Some accepted claims delivered. */
  | 'IN_PROGRESS'
  /** 待认领 · Published, nothing accepted yet. */
  | 'OPEN'
  /** 部分认领 · Partly claimed. */
  | 'PARTLY_CLAIMED';

/**
 * 清单条目 · An item of one of the three lists — a need (需求), an offer (资源) or a
 * co-building project (共建项目) — that others can claim (认领) in part or whole.
 */
export type ListItem = {
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 认领 · Claims on this item, in the order they were made. */
  claims: ClaimConnection;
  /**
   * 联系方式 · Who to contact about the item. Protected: the owner's side and the
   * committees of its territory see it, and a claimant once its claim is accepted.
   */
  contact?: Maybe<ContactDetails>;
  /** 截止时间 · Claims close at this time, if set; past it an unclaimed item is EXPIRED. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 说明 · What, for whom, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 履历 · Every state change of the item and its claims: who, when, from, to, why. */
  history: HistoryConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 数量 · How much in all, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 剩余 · Quantity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 状态 · Where the item is in its lifecycle. */
  status: ItemStatus;
  /** 标题 · Short title. */
  title: Scalars['String']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 可见范围 · Who can see it: the owner's community, street, district or the whole city. */
  visibility: Visibility;
  /** 时间窗口 · When it takes place or is available. */
  window?: Maybe<TimeWindow>;
};


/**
 * 清单条目 · An item of one of the three lists — a need (需求), an offer (资源) or a
 * co-building project (共建项目) — that others can claim (认领) in part or whole.
 */
export type ListItemClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/**
 * 清单条目 · An item of one of the three lists — a need (需求), an offer (资源) or a
 * co-building project (共建项目) — that others can claim (认领) in part or whole.
 */
export type ListItemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/**
 * 对接建议 · Match: an offer suggested for a need, how much of it, and why —
 * the score (0 to 1) explained factor by factor.
 */
export type Match = {
  __typename?: 'Match';
  /** 评分因子 · Each factor's value, weight and share of the score. */
  factors: Array<ScoreFactor>;
  /** 需求 · The need. */
  need: Need;
  /** 资源 · The offer. */
  offer: Offer;
  /** 建议数量 · How much of the need the offer would cover. */
  quantity: Scalars['Int']['output'];
  /** 匹配度 · 0 to 1: the weighted mean of the factors. */
  score: Scalars['Float']['output'];
};

/** 评分因子类型 · What a match is scored on. */
export type MatchFactor =
  /** 剩余容量 · How much of the need the offer's remaining capacity covers. */
  | 'CAPACITY'
  /** 类别与能力 · Category fit (same, or related at half credit). */
  | 'CATEGORY'
  /** 距离 · Distance, or territory adjacency when no location is known. */
  | 'DISTANCE'
  /** 均衡 · Spreading the load: fewer active claims score higher. */
  | 'FAIRNESS'
  /** 历史评价 · The provider's past evaluations. */
  | 'RATING'
  /** 时间窗口 · Overlap of the time windows. */
  | 'TIME_WINDOW'
  /** 紧急程度 · Urgency and a close deadline. */
  | 'URGENCY';

/** 匹配权重 · How a street weighs the factors (each 0 to 10). */
export type MatchingWeights = {
  __typename?: 'MatchingWeights';
  /** 剩余容量 · Remaining capacity. */
  capacity: Scalars['Float']['output'];
  /** 类别与能力 · Category fit. */
  category: Scalars['Float']['output'];
  /** 距离 · Distance. */
  distance: Scalars['Float']['output'];
  /** 均衡 · Fair spread of load. */
  fairness: Scalars['Float']['output'];
  /** 历史评价 · Past ratings. */
  rating: Scalars['Float']['output'];
  /** 时间窗口 · Time windows. */
  timeWindow: Scalars['Float']['output'];
  /** 紧急程度 · Urgency. */
  urgency: Scalars['Float']['output'];
};

/** 匹配权重 · Weights to set, each 0 to 10. */
export type MatchingWeightsInput = {
  /** 剩余容量 · Remaining capacity. */
  capacity: Scalars['Float']['input'];
  /** 类别与能力 · Category fit. */
  category: Scalars['Float']['input'];
  /** 距离 · Distance. */
  distance: Scalars['Float']['input'];
  /** 均衡 · Fair spread of load. */
  fairness: Scalars['Float']['input'];
  /** 历史评价 · Past ratings. */
  rating: Scalars['Float']['input'];
  /** 时间窗口 · Time windows. */
  timeWindow: Scalars['Float']['input'];
  /** 紧急程度 · Urgency. */
  urgency: Scalars['Float']['input'];
};

/** 权重结果 · The weights, or why nothing changed. */
export type MatchingWeightsPayload = {
  __typename?: 'MatchingWeightsPayload';
  /** 错误 · What was wrong; empty on success. */
  errors: Array<UserError>;
  /** 匹配权重 · The weights now in force; null when there are errors. */
  weights?: Maybe<MatchingWeights>;
};

/** 党员 · Member, referenced here as a claimant of small wishes (微心愿). */
export type Member = {
  __typename?: 'Member';
  /** 认领 · Small wishes this member claimed. */
  claimsMade: ClaimConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
};


/** 党员 · Member, referenced here as a claimant of small wishes (微心愿). */
export type MemberClaimsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};

/** 里程碑 · A milestone of a co-building project. */
export type Milestone = {
  __typename?: 'Milestone';
  /** 完成时间 · When it was done; null while open. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** 计划完成 · When it is due. */
  dueOn: Scalars['DateTime']['output'];
  /** 标题 · What is to be done. */
  title: Scalars['String']['output'];
};

/** 里程碑 · A milestone to plan. */
export type MilestoneInput = {
  /** 计划完成 · Due date. */
  dueOn: Scalars['DateTime']['input'];
  /** 标题 · 1 to 100 characters. */
  title: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 接受认领 · Accepts a pending claim. For the item's owner side. */
  acceptClaim: ClaimPayload;
  /** 接受派单 · Accepts an invitation: the unit claims the need (under every rule of claiming). For the unit. */
  acceptInvitation: InvitationPayload;
  /** 取消 · Cancels an item that holds no claims (settle them first, or close the item). For its owner's side. */
  cancelItem: ItemPayload;
  /** 认领 · Claims part or all of an item for the caller's side (双向认领). */
  claimItem: ClaimPayload;
  /** 结项 · Closes an item as fulfilled, even if only partly; no more claims. For its owner's side. */
  closeItem: ItemPayload;
  /** 完成里程碑 · Marks a project milestone done. For the project's owners. */
  completeMilestone: ItemPayload;
  /** 拒绝派单 · Declines an invitation with a reason. For the unit. */
  declineInvitation: InvitationPayload;
  /** 确认履约 · Records that an accepted claim was delivered. For the side that receives the help. */
  deliverClaim: ClaimPayload;
  /** 评价 · Evaluates a delivered claim, 1 to 5. For the side that received the help. */
  evaluateClaim: ClaimPayload;
  /** 开放草稿 · Opens a draft item to claims. For its owner's side. */
  openItem: ItemPayload;
  /** 发布需求 · Publishes a need for an organisation (its committee or grid worker) or a unit (its admin). */
  publishNeed: ItemPayload;
  /** 发布资源 · Publishes an offer for a unit (its admin) or an organisation (its committee). */
  publishOffer: ItemPayload;
  /** 发布项目 · Publishes a co-building project, owned by the caller's side and any co-owners named. */
  publishProject: ItemPayload;
  /** 拒绝认领 · Rejects a pending claim with a reason. For the item's owner side. */
  rejectClaim: ClaimPayload;
  /** 派单 · Sends a match to the offer's unit as an invitation. For the committees over the need. */
  sendInvitation: InvitationPayload;
  /** 设置匹配权重 · Sets how a street weighs the matching factors. For that street's committee. */
  setMatchingWeights: MatchingWeightsPayload;
  /** 撤回认领 · Withdraws a pending claim. For the claimant. */
  withdrawClaim: ClaimPayload;
};


export type MutationAcceptClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcceptInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelItemArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationClaimItemArgs = {
  input: ClaimItemInput;
};


export type MutationCloseItemArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCompleteMilestoneArgs = {
  index: Scalars['Int']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationDeclineInvitationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeliverClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEvaluateClaimArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  score: Scalars['Int']['input'];
};


export type MutationOpenItemArgs = {
  id: Scalars['ID']['input'];
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


export type MutationRejectClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationSendInvitationArgs = {
  input: SendInvitationInput;
};


export type MutationSetMatchingWeightsArgs = {
  input: MatchingWeightsInput;
  streetId: Scalars['ID']['input'];
};


export type MutationWithdrawClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type Need = ListItem & {
  __typename?: 'Need';
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 认领 · Claims on this need, in the order they were made. */
  claims: ClaimConnection;
  /** 联系方式 · Who to contact; protected (see ListItem.contact). */
  contact?: Maybe<ContactDetails>;
  /** 截止时间 · When it must be met by, if there is a deadline. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 说明 · What is needed, for whom, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 履历 · Every state change of the need and its claims. */
  history: HistoryConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 发布方 · The organisation (or unit) that published the need. */
  postedBy: Party;
  /** 数量 · How much is needed, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 剩余 · Quantity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 微心愿 · A small wish that an individual Party member may claim. */
  smallWish: Scalars['Boolean']['output'];
  /** 状态 · Where the need is in its lifecycle. */
  status: ItemStatus;
  /** 对接建议 · The offers of the street that could best meet this need, best first. For the need's owner side and the committees over it. */
  suggestedOffers: Array<Match>;
  /** 标题 · Short title, e.g. 独居老人助餐志愿者. */
  title: Scalars['String']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 紧急程度 · How urgent it is. */
  urgency: Urgency;
  /** 可见范围 · Who can see it. */
  visibility: Visibility;
  /** 时间窗口 · When the help is needed. */
  window?: Maybe<TimeWindow>;
};


/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type NeedClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type NeedHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/**
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline. Units claim it; a
 * small wish (微心愿) can also be claimed by an employed Party member.
 */
export type NeedSuggestedOffersArgs = {
  first: Scalars['Int']['input'];
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

/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type Offer = ListItem & {
  __typename?: 'Offer';
  /** 容量 · How much can be given, in `unitOfMeasure` (also as `quantity`). */
  capacity: Scalars['Int']['output'];
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 认领 · Claims on this offer, in the order they were made. */
  claims: ClaimConnection;
  /** 联系方式 · Who to contact; protected (see ListItem.contact). */
  contact?: Maybe<ContactDetails>;
  /** 截止时间 · Claims close at this time, if set. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 说明 · What is offered, when, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 履历 · Every state change of the offer and its claims. */
  history: HistoryConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 提供方 · The resident unit (or organisation) that offers it. */
  provider: Party;
  /** 数量 · The same as `capacity`, for the ListItem interface. */
  quantity: Scalars['Int']['output'];
  /** 剩余 · Capacity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 状态 · Where the offer is in its lifecycle. */
  status: ItemStatus;
  /** 对接建议 · The open needs of the street this offer could best meet, best first. For the provider and the committees over it. */
  suggestedNeeds: Array<Match>;
  /** 标题 · Short title, e.g. 每月义诊. */
  title: Scalars['String']['output'];
  /** 计量单位 · What `capacity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 可见范围 · Who can see it. */
  visibility: Visibility;
  /** 时间窗口 · When it is available. */
  window?: Maybe<TimeWindow>;
};


/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type OfferClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type OfferHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit (or a
 * community) can give: venues, volunteers, professional skills, funds,
 * equipment, training. Communities claim it.
 */
export type OfferSuggestedNeedsArgs = {
  first: Scalars['Int']['input'];
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

/** 党组织 · Organization, extended here with its lists. */
export type Organization = {
  __typename?: 'Organization';
  /** 认领 · Claims this organisation made. */
  claimsMade: ClaimConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 需求清单 · Needs published by this organisation (or, with `inTerritory`, anywhere below it) that the caller may see. */
  needs: NeedConnection;
  /** 资源清单 · Offers of this organisation (or, with `inTerritory`, of every unit and organisation below it) that the caller may see. */
  offers: OfferConnection;
  /** 项目清单 · Projects this organisation owns (or, with `inTerritory`, any inside its territory) that the caller may see. */
  projects: ProjectConnection;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationClaimsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ItemStatus>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ItemStatus>;
};


/** 党组织 · Organization, extended here with its lists. */
export type OrganizationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  inTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ItemStatus>;
};

/** 分页信息 · Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 末游标 · Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否有下一页 · True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** 是否有上一页 · Always false: lists are read forwards. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** 首游标 · Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 发布方 · A party that owns an item: an organisation or a resident unit. */
export type Party = Organization | ResidentUnit;

/** 发布方 · Which party an item is published for. */
export type PartyInput = {
  /** 标识 · Its id. */
  id: Scalars['ID']['input'];
  /** 类型 · Organisation or resident unit. */
  type: PartyType;
};

/** 发布方类型 · Kind of party. */
export type PartyType =
  /** 党组织 · An organisation. */
  | 'ORGANIZATION'
  /** 驻区单位 · A resident unit. */
  | 'RESIDENT_UNIT';

/**
 * 共建项目 · Project: a co-building project (项目清单) with goals, milestones and
 * a budget, owned by one or more parties; others join it by claiming a share.
 */
export type Project = ListItem & {
  __typename?: 'Project';
  /** 预算 · Budget in yuan, if any. */
  budget?: Maybe<Scalars['Int']['output']>;
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 已认领 · Quantity held by pending and accepted claims. */
  claimedQuantity: Scalars['Int']['output'];
  /** 认领 · Claims on this project, in the order they were made. */
  claims: ClaimConnection;
  /** 联系方式 · Who to contact; protected (see ListItem.contact). */
  contact?: Maybe<ContactDetails>;
  /** 截止时间 · Claims close at this time, if set. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 说明 · What the project is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** 目标 · What it sets out to achieve. */
  goals: Array<Scalars['String']['output']>;
  /** 履历 · Every state change of the project and its claims. */
  history: HistoryConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 地点 · Where, when known. */
  location?: Maybe<GeoPoint>;
  /** 里程碑 · Milestones, in order of due date. */
  milestones: Array<Milestone>;
  /** 共建方 · The parties that own the project (the first one proposed it). */
  owners: Array<Party>;
  /** 参与方 · Parties whose claims on the project were accepted. */
  participants: Array<Claimant>;
  /** 进度 · Share of milestones done, 0 to 1. */
  progress: Scalars['Float']['output'];
  /** 数量 · The shares to be taken up by participants, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 剩余 · Quantity still open to claims. */
  remainingQuantity: Scalars['Int']['output'];
  /** 状态 · Where the project is in its lifecycle. */
  status: ItemStatus;
  /** 标题 · Short title, e.g. 红色物业联建. */
  title: Scalars['String']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 可见范围 · Who can see it. */
  visibility: Visibility;
  /** 时间窗口 · When the project runs. */
  window?: Maybe<TimeWindow>;
};


/**
 * 共建项目 · Project: a co-building project (项目清单) with goals, milestones and
 * a budget, owned by one or more parties; others join it by claiming a share.
 */
export type ProjectClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/**
 * 共建项目 · Project: a co-building project (项目清单) with goals, milestones and
 * a budget, owned by one or more parties; others join it by claiming a share.
 */
export type ProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
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

/** 单位负荷 · What one provider would carry. */
export type ProviderLoad = {
  __typename?: 'ProviderLoad';
  /** 匹配数 · Matches assigned. */
  matches: Scalars['Int']['output'];
  /** 提供方 · The provider. */
  provider: Party;
  /** 数量 · Quantity assigned. */
  quantity: Scalars['Int']['output'];
};

/** 发布需求 · A need to publish. */
export type PublishNeedInput = {
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 联系方式 · Shown to claimants once accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 截止时间 · Optional, in the future. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 草稿 · Keep it as a draft; open it later with openItem. Default false. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地点 · Optional. */
  location?: InputMaybe<GeoPointInput>;
  /** 发布方 · The organisation or unit it is for. */
  postedBy: PartyInput;
  /** 数量 · 1 to 10,000,000. */
  quantity: Scalars['Int']['input'];
  /** 微心愿 · Individual members may claim it. Default false. */
  smallWish?: InputMaybe<Scalars['Boolean']['input']>;
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 计量单位 · What the quantity counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 紧急程度 · Default NORMAL. */
  urgency?: InputMaybe<Urgency>;
  /** 可见范围 · Default COMMUNITY. */
  visibility?: InputMaybe<Visibility>;
  /** 时间窗口 · Optional. */
  window?: InputMaybe<TimeWindowInput>;
};

/** 发布资源 · An offer to publish. */
export type PublishOfferInput = {
  /** 容量 · 1 to 10,000,000. */
  capacity: Scalars['Int']['input'];
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 联系方式 · Shown to claimants once accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 截止时间 · Optional, in the future. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 草稿 · Keep it as a draft. Default false. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地点 · Optional. */
  location?: InputMaybe<GeoPointInput>;
  /** 提供方 · The unit or organisation it is for. */
  provider: PartyInput;
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 计量单位 · What the capacity counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 可见范围 · Default STREET. */
  visibility?: InputMaybe<Visibility>;
  /** 时间窗口 · When it is available. */
  window?: InputMaybe<TimeWindowInput>;
};

/** 发布项目 · A project to publish. */
export type PublishProjectInput = {
  /** 预算 · Yuan, optional. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  /** 类别 · Category. */
  category: ServiceCategory;
  /** 共建方 · Other owners, already agreed (up to 10). */
  coOwners?: InputMaybe<Array<PartyInput>>;
  /** 联系方式 · Shown to participants once accepted. */
  contact?: InputMaybe<ContactInput>;
  /** 截止时间 · Optional, in the future. */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** 说明 · Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 草稿 · Keep it as a draft. Default false. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** 目标 · Up to 10 goals. */
  goals?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地点 · Optional. */
  location?: InputMaybe<GeoPointInput>;
  /** 里程碑 · Up to 20, each with a due date. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** 发起方 · The organisation or unit that proposes it. */
  owner: PartyInput;
  /** 数量 · Shares for participants, 1 to 10,000,000. */
  quantity: Scalars['Int']['input'];
  /** 标题 · 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** 计量单位 · What the quantity counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 可见范围 · Default STREET. */
  visibility?: InputMaybe<Visibility>;
  /** 时间窗口 · When it runs. */
  window?: InputMaybe<TimeWindowInput>;
};

export type Query = {
  __typename?: 'Query';
  /** 认领 · One claim by id; null when there is none or the caller is neither side of it. */
  claim?: Maybe<Claim>;
  /** 匹配权重 · How a street weighs the matching factors (the defaults until it sets its own). */
  matchingWeights: MatchingWeights;
  /** 需求 · One need by id; null when there is none or the caller may not see it. */
  need?: Maybe<Need>;
  /** 资源 · One offer by id; null when there is none or the caller may not see it. */
  offer?: Maybe<Offer>;
  /** 共建项目 · One project by id; null when there is none or the caller may not see it. */
  project?: Maybe<Project>;
  /** 供需对接方案 · The best assignment of a territory's open needs to its offers. For the committees of that territory. */
  territoryAssignment: TerritoryAssignment;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchingWeightsArgs = {
  streetId: Scalars['ID']['input'];
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


export type QueryTerritoryAssignmentArgs = {
  within: Scalars['ID']['input'];
};

/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 认领 · Claims this unit made on needs and projects. */
  claimsMade: ClaimConnection;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 派单 · Invitations sent to this unit. For the unit itself. */
  invitations: InvitationConnection;
  /** 资源清单 · Offers of this unit that the caller may see, in creation order. */
  offers: OfferConnection;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitClaimsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<InvitationStatus>;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list and its claims. */
export type ResidentUnitOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<ItemStatus>;
};

/** 评分因子 · One factor of a match score. */
export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** 贡献 · Its share of the score. */
  contribution: Scalars['Float']['output'];
  /** 因子 · Which factor. */
  factor: MatchFactor;
  /** 说明 · Why, in a few words (e.g. 1.20 km, same community, rated 4.5 / 5). */
  note: Scalars['String']['output'];
  /** 取值 · 0 to 1. */
  value: Scalars['Float']['output'];
  /** 权重 · Its weight, as the street set it. */
  weight: Scalars['Float']['output'];
};

/** 派单 · An invitation to send. */
export type SendInvitationInput = {
  /** 需求 · The open need. */
  needId: Scalars['ID']['input'];
  /** 附言 · Up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 资源 · A unit's offer. */
  offerId: Scalars['ID']['input'];
  /** 数量 · 1 to what both have left. */
  quantity: Scalars['Int']['input'];
};

/** 服务类别 · Category of a need or an offer. */
export type ServiceCategory =
  /** 托管服务 · Child care after school. */
  | 'CHILD_CARE'
  /** 文化活动 · Culture. */
  | 'CULTURE'
  /** 养老服务 · Elder care. */
  | 'ELDER_CARE'
  /** 就业帮扶 · Employment help. */
  | 'EMPLOYMENT'
  /** 环境整治 · Environment. */
  | 'ENVIRONMENT'
  /** 资金 · Funds. */
  | 'FUNDS'
  /** 法律援助 · Legal aid. */
  | 'LEGAL_AID'
  /** 健康体检 · Medical check-ups and clinics. */
  | 'MEDICAL'
  /** 维修服务 · Repairs. */
  | 'REPAIRS'
  /** 平安建设 · Safety. */
  | 'SAFETY'
  /** 场地 · A venue. */
  | 'VENUE'
  /** 志愿服务 · Volunteers. */
  | 'VOLUNTEERS';

/**
 * 供需对接方案 · TerritoryAssignment: every open need of a territory assigned to
 * its available offers to maximise weighted coverage within every capacity
 * (a min-cost flow), with the greedy baseline's coverage for comparison.
 */
export type TerritoryAssignment = {
  __typename?: 'TerritoryAssignment';
  /** 可用资源 · Offers with capacity left. */
  availableOffers: Scalars['Int']['output'];
  /** 覆盖率 · Weighted coverage, 0 to 1: each need counts equally, fully met by perfect matches counts 1. */
  coverage: Scalars['Float']['output'];
  /** 贪心覆盖率 · The coverage a greedy assignment (best pairs first) reaches on the same data. */
  greedyCoverage: Scalars['Float']['output'];
  /** 单位负荷 · Quantity and matches per provider. */
  loadByProvider: Array<ProviderLoad>;
  /** 匹配 · The matches, by need. */
  matches: Array<Match>;
  /** 待对接需求 · Open needs considered. */
  openNeeds: Scalars['Int']['output'];
  /** 未满足需求 · Needs left wholly or partly unmet, per category. */
  unmetByCategory: Array<UnmetCategory>;
};

/** 时间窗口 · A span of time. */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  /** 结束 · Last instant. */
  end: Scalars['DateTime']['output'];
  /** 开始 · First instant. */
  start: Scalars['DateTime']['output'];
};

/** 时间窗口 · A span of time. */
export type TimeWindowInput = {
  /** 结束 · Last instant, after the start. */
  end: Scalars['DateTime']['input'];
  /** 开始 · First instant. */
  start: Scalars['DateTime']['input'];
};

/** 计量单位 · What a quantity counts. */
export type UnitOfMeasure =
  /** 小时 · Hours. */
  | 'HOURS'
  /** 人 · People. */
  | 'PEOPLE'
  /** 场次 · Sessions. */
  | 'SESSIONS'
  /** 平方米 · Square metres. */
  | 'SQUARE_METRES'
  /** 元 · Yuan. */
  | 'YUAN';

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

/** 紧急程度 · Urgency of a need. */
export type Urgency =
  /** 较急 · Soon. */
  | 'HIGH'
  /** 一般 · Normal. */
  | 'NORMAL'
  /** 紧急 · Urgent. */
  | 'URGENT';

/**
 * 用户错误 · An expected failure the client should show or handle: the request
 * was understood but cannot be carried out, and nothing changed.
 */
export type UserError = {
  __typename?: 'UserError';
  /** 错误码 · What went wrong, for programs (e.g. OVER_CAPACITY, ITEM_CLOSED, ALREADY_CLAIMED, NOT_VISIBLE). */
  code: Scalars['String']['output'];
  /** 字段 · The input field at fault, as a path such as `input.quantity`. */
  field?: Maybe<Scalars['String']['output']>;
  /** 说明 · What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** 可见范围 · Who can see an item: everyone signed in inside that part of the owner's territory. */
export type Visibility =
  /** 全市 · The whole city. */
  | 'CITY'
  /** 本社区 · The owner's community. */
  | 'COMMUNITY'
  /** 本区 · The owner's district. */
  | 'DISTRICT'
  /** 本街道 · The owner's street. */
  | 'STREET';

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
  Claim: Claim;
  Invitation: Invitation;
  Member: Member;
  Need: Need;
  Offer: Offer;
  Organization: Organization;
  Project: Project;
  ResidentUnit: ResidentUnit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Claim:
    ( { __typename: 'Claim' }
    & GraphQLRecursivePick<FederationTypes['Claim'], {"id":true}> );
  Invitation:
    ( { __typename: 'Invitation' }
    & GraphQLRecursivePick<FederationTypes['Invitation'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Need:
    ( { __typename: 'Need' }
    & GraphQLRecursivePick<FederationTypes['Need'], {"id":true}> );
  Offer:
    ( { __typename: 'Offer' }
    & GraphQLRecursivePick<FederationTypes['Offer'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Claimant:
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
  ;
  Party:
    | ( EntityRef )
    | ( EntityRef )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Claim: ResolverTypeWrapper<ClaimDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ClaimConnection: ResolverTypeWrapper<Connection<ClaimDoc>>;
  ClaimEdge: ResolverTypeWrapper<Edge<ClaimDoc>>;
  ClaimItemInput: ClaimItemInput;
  ClaimPayload: ResolverTypeWrapper<Omit<ClaimPayload, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  ClaimStatus: ClaimStatus;
  Claimant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Claimant']>;
  ContactDetails: ResolverTypeWrapper<ContactDetails>;
  ContactInput: ContactInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  HistoryConnection: ResolverTypeWrapper<Connection<LedgerEntry>>;
  HistoryEdge: ResolverTypeWrapper<Edge<LedgerEntry>>;
  HistoryEntry: ResolverTypeWrapper<LedgerEntry>;
  Invitation: ResolverTypeWrapper<InvitationDoc>;
  InvitationConnection: ResolverTypeWrapper<Connection<InvitationDoc>>;
  InvitationEdge: ResolverTypeWrapper<Edge<InvitationDoc>>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InvitationStatus: InvitationStatus;
  ItemPayload: ResolverTypeWrapper<Omit<ItemPayload, 'item'> & { item?: Maybe<ResolversTypes['ListItem']> }>;
  ItemStatus: ItemStatus;
  ListItem: ResolverTypeWrapper<ItemDoc>;
  Match: ResolverTypeWrapper<MatchOut>;
  MatchFactor: MatchFactor;
  MatchingWeights: ResolverTypeWrapper<MatchingWeights>;
  MatchingWeightsInput: MatchingWeightsInput;
  MatchingWeightsPayload: ResolverTypeWrapper<MatchingWeightsPayload>;
  Member: ResolverTypeWrapper<EntityRef>;
  Milestone: ResolverTypeWrapper<Milestone>;
  MilestoneInput: MilestoneInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<ItemDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NeedConnection: ResolverTypeWrapper<Connection<ItemDoc>>;
  NeedEdge: ResolverTypeWrapper<Edge<ItemDoc>>;
  Offer: ResolverTypeWrapper<ItemDoc>;
  OfferConnection: ResolverTypeWrapper<Connection<ItemDoc>>;
  OfferEdge: ResolverTypeWrapper<Edge<ItemDoc>>;
  Organization: ResolverTypeWrapper<EntityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Party']>;
  PartyInput: PartyInput;
  PartyType: PartyType;
  Project: ResolverTypeWrapper<ItemDoc>;
  ProjectConnection: ResolverTypeWrapper<Connection<ItemDoc>>;
  ProjectEdge: ResolverTypeWrapper<Edge<ItemDoc>>;
  ProviderLoad: ResolverTypeWrapper<ProviderLoadOut>;
  PublishNeedInput: PublishNeedInput;
  PublishOfferInput: PublishOfferInput;
  PublishProjectInput: PublishProjectInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResidentUnit: ResolverTypeWrapper<EntityRef>;
  ScoreFactor: ResolverTypeWrapper<ScoreFactor>;
  SendInvitationInput: SendInvitationInput;
  ServiceCategory: ServiceCategory;
  TerritoryAssignment: ResolverTypeWrapper<Omit<TerritoryAssignment, 'loadByProvider' | 'matches'> & { loadByProvider: Array<ResolversTypes['ProviderLoad']>, matches: Array<ResolversTypes['Match']> }>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimeWindowInput: TimeWindowInput;
  UnitOfMeasure: UnitOfMeasure;
  UnmetCategory: ResolverTypeWrapper<UnmetCategory>;
  Urgency: Urgency;
  UserError: ResolverTypeWrapper<UserError>;
  Visibility: Visibility;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Claim: ClaimDoc;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ClaimConnection: Connection<ClaimDoc>;
  ClaimEdge: Edge<ClaimDoc>;
  ClaimItemInput: ClaimItemInput;
  ClaimPayload: Omit<ClaimPayload, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  Claimant: ResolversUnionTypes<ResolversParentTypes>['Claimant'];
  ContactDetails: ContactDetails;
  ContactInput: ContactInput;
  DateTime: Scalars['DateTime']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  HistoryConnection: Connection<LedgerEntry>;
  HistoryEdge: Edge<LedgerEntry>;
  HistoryEntry: LedgerEntry;
  Invitation: InvitationDoc;
  InvitationConnection: Connection<InvitationDoc>;
  InvitationEdge: Edge<InvitationDoc>;
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  ItemPayload: Omit<ItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['ListItem']> };
  ListItem: ItemDoc;
  Match: MatchOut;
  MatchingWeights: MatchingWeights;
  MatchingWeightsInput: MatchingWeightsInput;
  MatchingWeightsPayload: MatchingWeightsPayload;
  Member: EntityRef;
  Milestone: Milestone;
  MilestoneInput: MilestoneInput;
  Mutation: Record<PropertyKey, never>;
  Need: ItemDoc;
  Boolean: Scalars['Boolean']['output'];
  NeedConnection: Connection<ItemDoc>;
  NeedEdge: Edge<ItemDoc>;
  Offer: ItemDoc;
  OfferConnection: Connection<ItemDoc>;
  OfferEdge: Edge<ItemDoc>;
  Organization: EntityRef;
  PageInfo: PageInfo;
  Party: ResolversUnionTypes<ResolversParentTypes>['Party'];
  PartyInput: PartyInput;
  Project: ItemDoc;
  ProjectConnection: Connection<ItemDoc>;
  ProjectEdge: Edge<ItemDoc>;
  ProviderLoad: ProviderLoadOut;
  PublishNeedInput: PublishNeedInput;
  PublishOfferInput: PublishOfferInput;
  PublishProjectInput: PublishProjectInput;
  Query: Record<PropertyKey, never>;
  ResidentUnit: EntityRef;
  ScoreFactor: ScoreFactor;
  SendInvitationInput: SendInvitationInput;
  TerritoryAssignment: Omit<TerritoryAssignment, 'loadByProvider' | 'matches'> & { loadByProvider: Array<ResolversParentTypes['ProviderLoad']>, matches: Array<ResolversParentTypes['Match']> };
  TimeWindow: TimeWindow;
  TimeWindowInput: TimeWindowInput;
  UnmetCategory: UnmetCategory;
  UserError: UserError;
}>;

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'], FederationReferenceType extends FederationReferenceTypes['Claim'] = FederationReferenceTypes['Claim']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Claim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claimant?: Resolver<ResolversTypes['Claimant'], ParentType, ContextType>;
  claimantContact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveryNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ListItem'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type ClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ClaimantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claimant'] = ResolversParentTypes['Claimant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Member' | 'Organization' | 'ResidentUnit', ParentType, ContextType>;
}>;

export type ContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type HistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  claimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation'], FederationReferenceType extends FederationReferenceTypes['Invitation'] = FederationReferenceTypes['Invitation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invitation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
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

export type InvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
}>;

export type ItemPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemPayload'] = ResolversParentTypes['ItemPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ListItem']>, ParentType, ContextType>;
}>;

export type ListItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListItem'] = ResolversParentTypes['ListItem']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Need' | 'Offer' | 'Project', ParentType, ContextType>;
}>;

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = ResolversObject<{
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  need?: Resolver<ResolversTypes['Need'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MatchingWeightsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingWeights'] = ResolversParentTypes['MatchingWeights']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fairness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeWindow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MatchingWeightsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingWeightsPayload'] = ResolversParentTypes['MatchingWeightsPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  weights?: Resolver<Maybe<ResolversTypes['MatchingWeights']>, ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claimsMade?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<MemberClaimsMadeArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationAcceptClaimArgs, 'id'>>;
  acceptInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'id'>>;
  cancelItem?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationCancelItemArgs, 'id' | 'reason'>>;
  claimItem?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationClaimItemArgs, 'input'>>;
  closeItem?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationCloseItemArgs, 'id' | 'reason'>>;
  completeMilestone?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'index' | 'projectId'>>;
  declineInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationDeclineInvitationArgs, 'id' | 'reason'>>;
  deliverClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationDeliverClaimArgs, 'id'>>;
  evaluateClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationEvaluateClaimArgs, 'id' | 'score'>>;
  openItem?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationOpenItemArgs, 'id'>>;
  publishNeed?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationPublishNeedArgs, 'input'>>;
  publishOffer?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationPublishOfferArgs, 'input'>>;
  publishProject?: Resolver<ResolversTypes['ItemPayload'], ParentType, ContextType, RequireFields<MutationPublishProjectArgs, 'input'>>;
  rejectClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationRejectClaimArgs, 'id' | 'reason'>>;
  sendInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationSendInvitationArgs, 'input'>>;
  setMatchingWeights?: Resolver<ResolversTypes['MatchingWeightsPayload'], ParentType, ContextType, RequireFields<MutationSetMatchingWeightsArgs, 'input' | 'streetId'>>;
  withdrawClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationWithdrawClaimArgs, 'id'>>;
}>;

export type NeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need'], FederationReferenceType extends FederationReferenceTypes['Need'] = FederationReferenceTypes['Need']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Need']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  claimedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<NeedClaimsArgs, 'first'>>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<NeedHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  postedBy?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  smallWish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  suggestedOffers?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<NeedSuggestedOffersArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
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

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer'], FederationReferenceType extends FederationReferenceTypes['Offer'] = FederationReferenceTypes['Offer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  claimedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OfferClaimsArgs, 'first'>>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<OfferHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  suggestedNeeds?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<OfferSuggestedNeedsArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claimsMade?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OrganizationClaimsMadeArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['NeedConnection'], ParentType, ContextType, RequireFields<OrganizationNeedsArgs, 'first' | 'inTerritory'>>;
  offers?: Resolver<ResolversTypes['OfferConnection'], ParentType, ContextType, RequireFields<OrganizationOffersArgs, 'first' | 'inTerritory'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'first' | 'inTerritory'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'ResidentUnit', ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  claimedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ProjectClaimsArgs, 'first'>>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<ProjectHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Claimant']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type ProviderLoadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderLoad'] = ResolversParentTypes['ProviderLoad']> = ResolversObject<{
  matches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  matchingWeights?: Resolver<ResolversTypes['MatchingWeights'], ParentType, ContextType, RequireFields<QueryMatchingWeightsArgs, 'streetId'>>;
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<QueryNeedArgs, 'id'>>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryOfferArgs, 'id'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  territoryAssignment?: Resolver<ResolversTypes['TerritoryAssignment'], ParentType, ContextType, RequireFields<QueryTerritoryAssignmentArgs, 'within'>>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claimsMade?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ResidentUnitClaimsMadeArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<ResidentUnitInvitationsArgs, 'first'>>;
  offers?: Resolver<ResolversTypes['OfferConnection'], ParentType, ContextType, RequireFields<ResidentUnitOffersArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScoreFactorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreFactor'] = ResolversParentTypes['ScoreFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['MatchFactor'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TerritoryAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TerritoryAssignment'] = ResolversParentTypes['TerritoryAssignment']> = ResolversObject<{
  availableOffers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  greedyCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  loadByProvider?: Resolver<Array<ResolversTypes['ProviderLoad']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  openNeeds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmetByCategory?: Resolver<Array<ResolversTypes['UnmetCategory']>, ParentType, ContextType>;
}>;

export type TimeWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = ResolversObject<{
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UnmetCategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnmetCategory'] = ResolversParentTypes['UnmetCategory']> = ResolversObject<{
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmetQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  Claimant?: ClaimantResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HistoryConnection?: HistoryConnectionResolvers<ContextType>;
  HistoryEdge?: HistoryEdgeResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  ItemPayload?: ItemPayloadResolvers<ContextType>;
  ListItem?: ListItemResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchingWeights?: MatchingWeightsResolvers<ContextType>;
  MatchingWeightsPayload?: MatchingWeightsPayloadResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  NeedConnection?: NeedConnectionResolvers<ContextType>;
  NeedEdge?: NeedEdgeResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferConnection?: OfferConnectionResolvers<ContextType>;
  OfferEdge?: OfferEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProviderLoad?: ProviderLoadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  ScoreFactor?: ScoreFactorResolvers<ContextType>;
  TerritoryAssignment?: TerritoryAssignmentResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  UnmetCategory?: UnmetCategoryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

