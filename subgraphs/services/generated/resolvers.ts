import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NeedDoc, OfferDoc } from '../models';
import type { Connection, Edge } from '../../../platform/pagination';
import type { EntityRef } from '../../../platform/subgraph';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
 * 需求 · Need: an item of a needs list (需求清单) — what a community, grid or
 * resident group needs, with a quantity and a deadline.
 */
export type Need = {
  __typename?: 'Need';
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 截止时间 · When it must be met by, if there is a deadline. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** 说明 · What is needed, for whom, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 发布组织 · The organisation that published the need. */
  postedBy: Organization;
  /** 数量 · How much is needed, in `unitOfMeasure`. */
  quantity: Scalars['Int']['output'];
  /** 状态 · Where the need is in its lifecycle. */
  status: NeedStatus;
  /** 标题 · Short title, e.g. 独居老人助餐志愿者. */
  title: Scalars['String']['output'];
  /** 计量单位 · What `quantity` counts. */
  unitOfMeasure: UnitOfMeasure;
  /** 紧急程度 · How urgent it is. */
  urgency: Urgency;
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

/** 需求状态 · Lifecycle of a need. */
export type NeedStatus =
  /** 已取消 · Cancelled. */
  | 'CANCELLED'
  /** 草稿 · Draft, not yet published. */
  | 'DRAFT'
  /** 已评价 · Evaluated. */
  | 'EVALUATED'
  /** 已过期 · Expired. */
  | 'EXPIRED'
  /** 已完成 · Fulfilled. */
  | 'FULFILLED'
  /** 已认领 · Fully claimed. */
  | 'FULLY_CLAIMED'
  /** 实施中 · In progress. */
  | 'IN_PROGRESS'
  /** 待认领 · Open for claims. */
  | 'OPEN'
  /** 部分认领 · Partly claimed. */
  | 'PARTLY_CLAIMED';

/**
 * 资源 · Offer: an item of a resource list (资源清单) — what a resident unit can
 * give: venues, volunteers, professional skills, funds, equipment, training.
 */
export type Offer = {
  __typename?: 'Offer';
  /** 容量 · How much can be given, in `unitOfMeasure`. */
  capacity: Scalars['Int']['output'];
  /** 类别 · Service category. */
  category: ServiceCategory;
  /** 说明 · What is offered, when, where. */
  description?: Maybe<Scalars['String']['output']>;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 提供单位 · The resident unit that offers it. */
  provider: ResidentUnit;
  /** 状态 · Whether the offer is open. */
  status: OfferStatus;
  /** 标题 · Short title, e.g. 每月义诊. */
  title: Scalars['String']['output'];
  /** 计量单位 · What `capacity` counts. */
  unitOfMeasure: UnitOfMeasure;
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

/** 资源状态 · Whether an offer can be claimed. */
export type OfferStatus =
  /** 草稿 · Draft. */
  | 'DRAFT'
  /** 已满 · Fully claimed. */
  | 'FULLY_CLAIMED'
  /** 可认领 · Open. */
  | 'OPEN'
  /** 已撤回 · Withdrawn. */
  | 'WITHDRAWN';

/** 党组织 · Organization, extended here with the needs it published. */
export type Organization = {
  __typename?: 'Organization';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 需求清单 · Needs published by this organisation, in creation order. */
  needs: NeedConnection;
};


/** 党组织 · Organization, extended here with the needs it published. */
export type OrganizationNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<NeedStatus>;
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

export type Query = {
  __typename?: 'Query';
  /** 需求 · One need by id; null when there is none. */
  need?: Maybe<Need>;
  /** 资源 · One offer by id; null when there is none. */
  offer?: Maybe<Offer>;
};


export type QueryNeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};

/** 驻区单位 · ResidentUnit, extended here with its resource list. */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 资源清单 · Offers of this unit, in creation order. */
  offers: OfferConnection;
};


/** 驻区单位 · ResidentUnit, extended here with its resource list. */
export type ResidentUnitOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<OfferStatus>;
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

/** 紧急程度 · Urgency of a need. */
export type Urgency =
  /** 较急 · Soon. */
  | 'HIGH'
  /** 一般 · Normal. */
  | 'NORMAL'
  /** 紧急 · Urgent. */
  | 'URGENT';

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
  Organization: Organization;
  ResidentUnit: ResidentUnit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Need:
    ( { __typename: 'Need' }
    & GraphQLRecursivePick<FederationTypes['Need'], {"id":true}> );
  Offer:
    ( { __typename: 'Offer' }
    & GraphQLRecursivePick<FederationTypes['Offer'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Need: ResolverTypeWrapper<NeedDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NeedConnection: ResolverTypeWrapper<Connection<NeedDoc>>;
  NeedEdge: ResolverTypeWrapper<Edge<NeedDoc>>;
  NeedStatus: NeedStatus;
  Offer: ResolverTypeWrapper<OfferDoc>;
  OfferConnection: ResolverTypeWrapper<Connection<OfferDoc>>;
  OfferEdge: ResolverTypeWrapper<Edge<OfferDoc>>;
  OfferStatus: OfferStatus;
  Organization: ResolverTypeWrapper<EntityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResidentUnit: ResolverTypeWrapper<EntityRef>;
  ServiceCategory: ServiceCategory;
  UnitOfMeasure: UnitOfMeasure;
  Urgency: Urgency;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Need: NeedDoc;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  NeedConnection: Connection<NeedDoc>;
  NeedEdge: Edge<NeedDoc>;
  Offer: OfferDoc;
  OfferConnection: Connection<OfferDoc>;
  OfferEdge: Edge<OfferDoc>;
  Organization: EntityRef;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ResidentUnit: EntityRef;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type NeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need'], FederationReferenceType extends FederationReferenceTypes['Need'] = FederationReferenceTypes['Need']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Need']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postedBy?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NeedStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
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
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['ResidentUnit'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['NeedConnection'], ParentType, ContextType, RequireFields<OrganizationNeedsArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  need?: Resolver<Maybe<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<QueryNeedArgs, 'id'>>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryOfferArgs, 'id'>>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offers?: Resolver<ResolversTypes['OfferConnection'], ParentType, ContextType, RequireFields<ResidentUnitOffersArgs, 'first'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Need?: NeedResolvers<ContextType>;
  NeedConnection?: NeedConnectionResolvers<ContextType>;
  NeedEdge?: NeedEdgeResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferConnection?: OfferConnectionResolvers<ContextType>;
  OfferEdge?: OfferEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
}>;

