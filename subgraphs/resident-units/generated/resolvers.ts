import type { GraphQLResolveInfo } from 'graphql';
import type { ResidentUnitDoc } from '../models';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** 能力标签 · What a unit can contribute to co-building. */
export type Capability =
  /** 教育 · Teaching and tutoring. */
  | 'EDUCATION'
  /** 养老 · Elder care. */
  | 'ELDER_CARE'
  /** 就业 · Jobs and employment help. */
  | 'EMPLOYMENT'
  /** 设备 · Equipment. */
  | 'EQUIPMENT'
  /** 资金 · Funds. */
  | 'FUNDS'
  /** 法律 · Legal aid. */
  | 'LEGAL'
  /** 医疗 · Medical staff and check-ups. */
  | 'MEDICAL'
  /** 培训 · Training. */
  | 'TRAINING'
  /** 场地 · Venues opened to residents (阵地共用). */
  | 'VENUE'
  /** 志愿者 · Volunteers. */
  | 'VOLUNTEERS';

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
  residentUnits: ResidentUnitConnection;
};


/** 党组织 · Organization, extended here with the resident units located in it. */
export type OrganizationResidentUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  kind?: InputMaybe<ResidentUnitKind>;
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
  /** 驻区单位 · One resident unit by id; null when there is none. */
  residentUnit?: Maybe<ResidentUnit>;
};


export type QueryResidentUnitArgs = {
  id: Scalars['ID']['input'];
};

/**
 * 驻区单位 · ResidentUnit: an agency, enterprise, school, hospital, property
 * company or social organisation located in a community, taking part in
 * co-building (共驻共建).
 */
export type ResidentUnit = {
  __typename?: 'ResidentUnit';
  /** 地址 · Street address. */
  address?: Maybe<Scalars['String']['output']>;
  /** 能力标签 · What the unit can contribute (venue, medical, legal…). */
  capabilities: Array<Capability>;
  /** 所在社区 · The community (社区党委) the unit is located in. */
  community: Organization;
  /** 统一社会信用代码 · Unified social credit code (18 characters). */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 标识 · Stable identifier. */
  id: Scalars['ID']['output'];
  /** 单位类型 · What kind of unit this is. */
  kind: ResidentUnitKind;
  /** 位置 · Where the unit is, when known. */
  location?: Maybe<GeoPoint>;
  /** 单位名称 · Registered name. */
  name: Scalars['String']['output'];
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

/** 驻区单位类型 · Kind of resident unit. */
export type ResidentUnitKind =
  /** 机关 · Government agency. */
  | 'GOVERNMENT_AGENCY'
  /** 医院 · Hospital or clinic. */
  | 'HOSPITAL'
  /** 个体工商户 · Individual business. */
  | 'INDIVIDUAL_BUSINESS'
  /** 民营企业 · Private enterprise. */
  | 'PRIVATE_ENTERPRISE'
  /** 物业公司 · Property-management company. */
  | 'PROPERTY_COMPANY'
  /** 事业单位 · Public institution. */
  | 'PUBLIC_INSTITUTION'
  /** 学校 · School. */
  | 'SCHOOL'
  /** 社会组织 · Social organisation. */
  | 'SOCIAL_ORGANIZATION'
  /** 国有企业 · State-owned enterprise. */
  | 'STATE_ENTERPRISE';

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
  ResidentUnit: ResidentUnit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  ResidentUnit:
    ( { __typename: 'ResidentUnit' }
    & GraphQLRecursivePick<FederationTypes['ResidentUnit'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Capability: Capability;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Organization: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResidentUnit: ResolverTypeWrapper<ResidentUnitDoc>;
  ResidentUnitConnection: ResolverTypeWrapper<Connection<ResidentUnitDoc>>;
  ResidentUnitEdge: ResolverTypeWrapper<Edge<ResidentUnitDoc>>;
  ResidentUnitKind: ResidentUnitKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  Organization: EntityRef;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ResidentUnit: ResidentUnitDoc;
  ResidentUnitConnection: Connection<ResidentUnitDoc>;
  ResidentUnitEdge: Edge<ResidentUnitDoc>;
}>;

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  residentUnits?: Resolver<ResolversTypes['ResidentUnitConnection'], ParentType, ContextType, RequireFields<OrganizationResidentUnitsArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  residentUnit?: Resolver<Maybe<ResolversTypes['ResidentUnit']>, ParentType, ContextType, RequireFields<QueryResidentUnitArgs, 'id'>>;
}>;

export type ResidentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentUnit'] = ResolversParentTypes['ResidentUnit'], FederationReferenceType extends FederationReferenceTypes['ResidentUnit'] = FederationReferenceTypes['ResidentUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResidentUnitKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = ResolversObject<{
  GeoPoint?: GeoPointResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentUnit?: ResidentUnitResolvers<ContextType>;
  ResidentUnitConnection?: ResidentUnitConnectionResolvers<ContextType>;
  ResidentUnitEdge?: ResidentUnitEdgeResolvers<ContextType>;
}>;

