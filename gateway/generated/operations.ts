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

/** 承诺类型 · Kind of commitment; the amount is counted in the unit shown. */
export type CommitmentKind =
  /** 志愿服务时长 · Volunteer hours (小时). */
  | 'VOLUNTEER_HOURS'
  /** 场地开放 · Venue opened to residents (平方米). */
  | 'VENUE'
  /** 资金 · Funds (元). */
  | 'FUNDS'
  /** 共建项目 · Co-building projects (个). */
  | 'PROJECTS'
  /** 服务人次 · People served or sent (人次). */
  | 'PEOPLE'
  /** 活动场次 · Sessions held (场次). */
  | 'SESSIONS';

/** 条目状态 · Lifecycle of a need, offer or project. */
export type ItemStatus =
  /** 草稿 · Not yet published. */
  | 'DRAFT'
  /** 待认领 · Published, nothing accepted yet. */
  | 'OPEN'
  /** 部分认领 · Partly claimed. */
  | 'PARTLY_CLAIMED'
  /** 已认领 · Claims hold the whole quantity. */
  | 'FULLY_CLAIMED'
  /** 实施中 · Some accepted claims delivered. */
  | 'IN_PROGRESS'
  /** 已完成 · Fulfilled, or closed as partly fulfilled. */
  | 'FULFILLED'
  /** 已评价 · Fulfilled and every delivery evaluated. */
  | 'EVALUATED'
  /** 已取消 · Cancelled by its owner. */
  | 'CANCELLED'
  /** 已过期 · Deadline passed with nothing claimed. */
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

/** 来源渠道 · How a request came in. */
export type RequestChannel =
  /** 网格员代办 · Recorded by the grid worker. */
  | 'GRID_WORKER'
  /** 热线 · The hotline (e.g. 12345). */
  | 'HOTLINE'
  /** 客户端 · The resident's app. */
  | 'APP';

/** 诉求状态 · Where a request is in its lifecycle. */
export type RequestStatus =
  /** 已登记 · Received, waiting for a committee to accept it. */
  | 'RECEIVED'
  /** 办理中 · Accepted and in hand (also after reopening). */
  | 'ACCEPTED'
  /** 已吹哨 · Units called, in hand. */
  | 'WHISTLED'
  /** 已办结 · Resolved, waiting for the resident's rating. */
  | 'RESOLVED'
  /** 已关闭 · Rated satisfied. */
  | 'CLOSED';

/** 评议等次 · A party's grade in an annual review. */
export type ReviewGrade =
  /** 好 · 90 or more. */
  | 'GOOD'
  /** 较好 · 75 to under 90. */
  | 'FAIRLY_GOOD'
  /** 一般 · 60 to under 75. */
  | 'AVERAGE'
  /** 差 · Under 60. */
  | 'POOR';

/** 评先评优意见 · The committee's opinion on the party for 评先评优 (评先评优征求社区意见). */
export type ReviewOpinion =
  /** 推荐 · Recommended. */
  | 'RECOMMEND'
  /** 同意 · Agreed. */
  | 'AGREE'
  /** 不同意 · Not agreed (with the reason). */
  | 'DISAGREE';

/**
 * 述职对象类型 · Who reports in an annual review (述职评议 · 双述双评): a resident unit, or the Party
 * organisation at a unit where in-service members belong (在职党员所在党组织). Declared alike by every
 * subgraph: it is part of the key of ReviewRecord, whose figures three of them answer.
 */
export type ReviewPartyType =
  /** 驻区单位 · A resident unit. */
  | 'RESIDENT_UNIT'
  /** 在职党员所在党组织 · A unit's Party organisation, for its in-service members who reported to the community. */
  | 'PARTY_BRANCH';

/** 评议状态 · Where a review round is. */
export type ReviewRoundStatus =
  /** 进行中 · Reports, scores and opinions are taken. */
  | 'OPEN'
  /** 结束中 · Being closed: nothing more is taken; closing it again completes it. */
  | 'CLOSING'
  /** 已结束 · Closed: the results are frozen. */
  | 'CLOSED';

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

/** 计量单位 · What a quantity counts. */
export type UnitOfMeasure =
  /** 人 · People. */
  | 'PEOPLE'
  /** 小时 · Hours. */
  | 'HOURS'
  /** 场次 · Sessions. */
  | 'SESSIONS'
  /** 元 · Yuan. */
  | 'YUAN'
  /** 平方米 · Square metres. */
  | 'SQUARE_METRES';

/** 紧急程度 · Urgency of a need. */
export type Urgency =
  /** 一般 · Normal. */
  | 'NORMAL'
  /** 较急 · Soon. */
  | 'HIGH'
  /** 紧急 · Urgent. */
  | 'URGENT';

/** 可见范围 · Who can see an item: everyone signed in inside that part of the owner's territory. */
export type Visibility =
  /** 本社区 · The owner's community. */
  | 'COMMUNITY'
  /** 本街道 · The owner's street. */
  | 'STREET'
  /** 本区 · The owner's district. */
  | 'DISTRICT'
  /** 全市 · The whole city. */
  | 'CITY';

export type ExportTerritoryQueryVariables = Exact<{
  o: string | number;
}>;


export type ExportTerritoryQuery = { organization: { id: string, ancestors: Array<{ id: string }> } | null };

export type ExportStatisticsQueryVariables = Exact<{
  o: string | number;
  from: string;
  to: string;
}>;


export type ExportStatisticsQuery = { organization: { name: string, statistics: { lists: Array<{ list: ListKind, published: number, claimed: number, claimRate: number | null, fulfilled: number, fulfilmentRate: number | null, medianHoursToClaim: number | null, medianHoursToFulfil: number | null }> | null, claims: { total: number, byStatus: Array<{ status: ClaimStatus, count: number }> } | null, requests: { received: number, resolved: number, resolutionRate: number | null, resolvedOnTime: number, onTimeRate: number | null, rated: number, satisfied: number, satisfactionRate: number | null, whistled: number, whistleRate: number | null, escalated: number, overdueNow: number, byCategory: Array<{ category: RequestCategory, count: number }> } | null, activities: { organised: number, held: number, cancelled: number, signUps: number, participants: number, volunteerHours: number, noShows: number, noShowRate: number | null, cancellations: number } | null, unitRanking: Array<{ rank: number, deliveredClaims: number, evaluatedClaims: number, unit: { name: string } | null }> | null, coverage: Array<{ category: ServiceCategory, needs: number, quantity: number, accepted: number, delivered: number, coverage: number | null }> | null, volunteerHoursByCategory: Array<{ category: MemberCategory, hours: number }> | null, volunteerHoursByEmployer: Array<{ hours: number, employer: { name: string } | null }> | null, commitments: Array<{ kind: CommitmentKind, agreements: number, promised: number, delivered: number, expected: number, shortfall: number, behind: number }> | null, meetings: { convened: number, held: number, cancelled: number, averageAttendanceRate: number | null, decisions: number, decisionsDone: number, decisionsDropped: number, decisionsOverdue: number, completionRate: number | null } | null, reviews: { rounds: number, closed: number, partiesReviewed: number, good: number, fairlyGood: number, average: number, poor: number, ungraded: number } | null } | null } | null };

export type ExportNeedsQueryVariables = Exact<{
  o: string | number;
  status?: ItemStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportNeedsQuery = { organization: { needs: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ urgency: Urgency, id: string, title: string, category: ServiceCategory, quantity: number, unitOfMeasure: UnitOfMeasure, claimedQuantity: number, remainingQuantity: number, status: ItemStatus, deadline: string | null, visibility: Visibility, postedBy:
          | { name: string }
          | { name: string }
         | null, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
              | { name: string }
              | { name: string }
              | { name: string }
             | null }> } }> } | null } | null };

export type ExportOffersQueryVariables = Exact<{
  o: string | number;
  status?: ItemStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportOffersQuery = { organization: { offers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, category: ServiceCategory, quantity: number, unitOfMeasure: UnitOfMeasure, claimedQuantity: number, remainingQuantity: number, status: ItemStatus, deadline: string | null, visibility: Visibility, provider:
          | { name: string }
          | { name: string }
         | null, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
              | { name: string }
              | { name: string }
              | { name: string }
             | null }> } }> } | null } | null };

export type ExportProjectsQueryVariables = Exact<{
  o: string | number;
  status?: ItemStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportProjectsQuery = { organization: { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ budget: number | null, progress: number, id: string, title: string, category: ServiceCategory, quantity: number, unitOfMeasure: UnitOfMeasure, claimedQuantity: number, remainingQuantity: number, status: ItemStatus, deadline: string | null, visibility: Visibility, owners: Array<
          | { name: string }
          | { name: string }
         | null>, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
              | { name: string }
              | { name: string }
              | { name: string }
             | null }> } }> } | null } | null };

export type ExportRequestsQueryVariables = Exact<{
  o: string | number;
  status?: RequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportRequestsQuery = { organization: { requests: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, category: RequestCategory, channel: RequestChannel, description: string, address: string | null, status: RequestStatus, receivedAt: string, deadline: string, overdue: boolean, resolution: string | null, resolvedAt: string | null, resolvedOnTime: boolean | null, reopenCount: number, escalatedAt: string | null, grid: { name: string } | null, handledBy: { name: string } | null, whistles: Array<{ unit: { name: string } | null, department: { name: string } | null }>, rating: { score: number } | null }> } | null } | null };

type ExportItem_Need_Fragment = { id: string, title: string, category: ServiceCategory, quantity: number, unitOfMeasure: UnitOfMeasure, claimedQuantity: number, remainingQuantity: number, status: ItemStatus, deadline: string | null, visibility: Visibility, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
        | { name: string }
        | { name: string }
        | { name: string }
       | null }> } };

type ExportItem_Offer_Fragment = { id: string, title: string, category: ServiceCategory, quantity: number, unitOfMeasure: UnitOfMeasure, claimedQuantity: number, remainingQuantity: number, status: ItemStatus, deadline: string | null, visibility: Visibility, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
        | { name: string }
        | { name: string }
        | { name: string }
       | null }> } };

type ExportItem_Project_Fragment = { id: string, title: string, category: ServiceCategory, quantity: number, unitOfMeasure: UnitOfMeasure, claimedQuantity: number, remainingQuantity: number, status: ItemStatus, deadline: string | null, visibility: Visibility, claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
        | { name: string }
        | { name: string }
        | { name: string }
       | null }> } };

export type ExportItemFragment =
  | ExportItem_Need_Fragment
  | ExportItem_Offer_Fragment
  | ExportItem_Project_Fragment
;

type ExportPartyName_Organization_Fragment = { name: string };

type ExportPartyName_ResidentUnit_Fragment = { name: string };

export type ExportPartyNameFragment =
  | ExportPartyName_Organization_Fragment
  | ExportPartyName_ResidentUnit_Fragment
;

export type ExportClaimsFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
      | { name: string }
      | { name: string }
      | { name: string }
     | null }> };

export type ExportNeedClaimsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExportNeedClaimsQuery = { need: { claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }> } } | null };

export type ExportOfferClaimsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExportOfferClaimsQuery = { offer: { claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }> } } | null };

export type ExportProjectClaimsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExportProjectClaimsQuery = { project: { claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ quantity: number, status: ClaimStatus, claimant:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }> } } | null };

export type ExportReviewRoundQueryVariables = Exact<{
  o: string | number;
  year: number;
}>;


export type ExportReviewRoundQuery = { organization: { reviewRounds: { nodes: Array<{ id: string, title: string, year: number, status: ReviewRoundStatus, criteria: Array<{ name: string, weight: number }> }> } } | null };

export type ExportReviewPartyFragment = { id: string, type: ReviewPartyType, ratersScored: number, weightedScore: number | null, grade: ReviewGrade | null, opinion: ReviewOpinion | null, opinionReason: string | null, unit: { name: string } | null, branch: { name: string } | null, report: { narrative: string | null, submittedAt: string | null, figures: { claimsDelivered: number | null, activitiesOrganised: number | null, activitiesAttended: number | null, membersReported: number | null, volunteerHours: number | null, commitmentsMet: number | null } } | null, results: Array<{ criterion: string, committeeMean: number | null, residentMean: number | null, score: number | null }> | null };

export type ExportReviewPartiesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExportReviewPartiesQuery = { reviewRound: { parties: { nodes: Array<{ id: string, type: ReviewPartyType, ratersScored: number, weightedScore: number | null, grade: ReviewGrade | null, opinion: ReviewOpinion | null, opinionReason: string | null, unit: { name: string } | null, branch: { name: string } | null, report: { narrative: string | null, submittedAt: string | null, figures: { claimsDelivered: number | null, activitiesOrganised: number | null, activitiesAttended: number | null, membersReported: number | null, volunteerHours: number | null, commitmentsMet: number | null } } | null, results: Array<{ criterion: string, committeeMean: number | null, residentMean: number | null, score: number | null }> | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export const ExportClaimsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportClaimsFragment, unknown>;
export const ExportItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"claimedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportItemFragment, unknown>;
export const ExportPartyNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportPartyName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportPartyNameFragment, unknown>;
export const ExportReviewPartyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportReviewParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesOrganised"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesAttended"}},{"kind":"Field","name":{"kind":"Name","value":"membersReported"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsMet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratersScored"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"committeeMean"}},{"kind":"Field","name":{"kind":"Name","value":"residentMean"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionReason"}}]}}]} as unknown as DocumentNode<ExportReviewPartyFragment, unknown>;
export const ExportTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportTerritoryQuery, ExportTerritoryQueryVariables>;
export const ExportStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"claimRate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToClaim"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToFulfil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"whistled"}},{"kind":"Field","name":{"kind":"Name","value":"whistleRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNow"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organised"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"signUps"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}},{"kind":"Field","name":{"kind":"Name","value":"cancellations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredClaims"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedClaims"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursByEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convened"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsDone"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsDropped"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounds"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"partiesReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"fairlyGood"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"poor"}},{"kind":"Field","name":{"kind":"Name","value":"ungraded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportStatisticsQuery, ExportStatisticsQueryVariables>;
export const ExportNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inTerritory"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportItem"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"postedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportPartyName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"claimedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportPartyName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportNeedsQuery, ExportNeedsQueryVariables>;
export const ExportOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inTerritory"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportItem"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportPartyName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"claimedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportPartyName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportOffersQuery, ExportOffersQueryVariables>;
export const ExportProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inTerritory"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportItem"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportPartyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"claimedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportPartyName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportProjectsQuery, ExportProjectsQueryVariables>;
export const ExportRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whistles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportRequestsQuery, ExportRequestsQueryVariables>;
export const ExportNeedClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNeedClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportNeedClaimsQuery, ExportNeedClaimsQueryVariables>;
export const ExportOfferClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportOfferClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportOfferClaimsQuery, ExportOfferClaimsQueryVariables>;
export const ExportProjectClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportProjectClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportClaims"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportClaims"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportProjectClaimsQuery, ExportProjectClaimsQueryVariables>;
export const ExportReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportReviewRoundQuery, ExportReviewRoundQueryVariables>;
export const ExportReviewPartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReviewParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportReviewParty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportReviewParty"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesOrganised"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesAttended"}},{"kind":"Field","name":{"kind":"Name","value":"membersReported"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsMet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratersScored"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"committeeMean"}},{"kind":"Field","name":{"kind":"Name","value":"residentMean"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionReason"}}]}}]} as unknown as DocumentNode<ExportReviewPartiesQuery, ExportReviewPartiesQueryVariables>;