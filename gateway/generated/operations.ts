/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 认领状态 · Lifecycle of a claim. */
export type ClaimStatus =
  /** 待处理 · Waiting for the owner to accept or reject. */
  | 'PENDING'
  /** 已接受 · Accepted by the owner; to be delivered. */
  | 'ACCEPTED'
  /** 已拒绝 · Rejected by the owner. */
  | 'REJECTED'
  /** 已撤回 · Withdrawn by the claimant (after acceptance, with a reason). */
  | 'WITHDRAWN'
  /** 已取消 · An accepted claim cancelled by the owner side, with a reason (and whether the claimant defaulted). */
  | 'CANCELLED'
  /** 已履约 · Delivered (see deliveredQuantity). */
  | 'DELIVERED'
  /** 已评价 · Delivered and evaluated. */
  | 'EVALUATED'
  /** 已过期 · Left pending too long (CLAIM_EXPIRY_DAYS); its quantity went back to the item. */
  | 'EXPIRED';

/** 清单类型 · One of the three lists. */
export type ListKind =
  /** 需求清单 · Needs. */
  | 'NEED'
  /** 资源清单 · Offers. */
  | 'OFFER'
  /** 项目清单 · Projects. */
  | 'PROJECT';

/** 党员类别 · Category of Party member. */
export type MemberCategory =
  /** 直管党员 · Managed directly by the community or grid branch where they live. */
  | 'DIRECT'
  /** 在职党员 · Employed member: branch at the workplace, reports to the residential community. */
  | 'EMPLOYED'
  /** 双重管理党员 · Managed by both the workplace branch and the community. */
  | 'DUAL'
  /** 流动党员 · Floating member, living away from the home branch. */
  | 'FLOATING';

/** 诉求类别 · What kind of problem a resident reports. */
export type RequestCategory =
  /** 紧急求助 · Emergency: the same day. */
  | 'EMERGENCY'
  /** 安全隐患 · Safety hazard: the same day. */
  | 'SAFETY_HAZARD'
  /** 设施维修 · Repairs of shared facilities: 3 working days. */
  | 'REPAIRS'
  /** 环境卫生 · Environment and sanitation: 3 working days. */
  | 'ENVIRONMENT'
  /** 一老一小 · Care of the elderly and children: 3 working days. */
  | 'ELDER_AND_CHILD_CARE'
  /** 政策咨询 · Questions about policies: 3 working days. */
  | 'POLICY_CONSULTATION'
  /** 物业管理 · Property management: 13 working days. */
  | 'PROPERTY_MANAGEMENT'
  /** 邻里纠纷 · Dispute between neighbours: 13 working days. */
  | 'NEIGHBOUR_DISPUTE'
  /** 其他 · Anything else: 13 working days. */
  | 'OTHER';

/** 服务类别 · Category of a need or an offer. */
export type ServiceCategory =
  /** 养老服务 · Elder care. */
  | 'ELDER_CARE'
  /** 托管服务 · Child care after school. */
  | 'CHILD_CARE'
  /** 健康体检 · Medical check-ups and clinics. */
  | 'MEDICAL'
  /** 法律援助 · Legal aid. */
  | 'LEGAL_AID'
  /** 就业帮扶 · Employment help. */
  | 'EMPLOYMENT'
  /** 维修服务 · Repairs. */
  | 'REPAIRS'
  /** 场地 · A venue. */
  | 'VENUE'
  /** 资金 · Funds. */
  | 'FUNDS'
  /** 志愿服务 · Volunteers. */
  | 'VOLUNTEERS'
  /** 文化活动 · Culture. */
  | 'CULTURE'
  /** 平安建设 · Safety. */
  | 'SAFETY'
  /** 环境整治 · Environment. */
  | 'ENVIRONMENT';

export type ExportTerritoryQueryVariables = Exact<{
  o: string | number;
}>;


export type ExportTerritoryQuery = { organization: { id: string, ancestors: Array<{ id: string }> } | null };

export type ExportStatisticsQueryVariables = Exact<{
  o: string | number;
  from: string;
  to: string;
}>;


export type ExportStatisticsQuery = { organization: { name: string, statistics: { lists: Array<{ list: ListKind, published: number, claimed: number, claimRate: number | null, fulfilled: number, fulfilmentRate: number | null, medianHoursToClaim: number | null, medianHoursToFulfil: number | null }> | null, claims: { total: number, byStatus: Array<{ status: ClaimStatus, count: number }> } | null, requests: { received: number, resolved: number, resolutionRate: number | null, resolvedOnTime: number, onTimeRate: number | null, rated: number, satisfied: number, satisfactionRate: number | null, whistled: number, whistleRate: number | null, escalated: number, overdueNow: number, byCategory: Array<{ category: RequestCategory, count: number }> } | null, unitRanking: Array<{ rank: number, deliveredClaims: number, evaluatedClaims: number, unit: { name: string } | null }> | null, coverage: Array<{ category: ServiceCategory, needs: number, quantity: number, accepted: number, delivered: number, coverage: number | null }> | null, volunteerHoursByCategory: Array<{ category: MemberCategory, hours: number }> | null, volunteerHoursByEmployer: Array<{ hours: number, employer: { name: string } | null }> | null } | null } | null };


export const ExportTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportTerritoryQuery, ExportTerritoryQueryVariables>;
export const ExportStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"claimRate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToClaim"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToFulfil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"whistled"}},{"kind":"Field","name":{"kind":"Name","value":"whistleRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNow"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredClaims"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedClaims"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursByEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportStatisticsQuery, ExportStatisticsQueryVariables>;