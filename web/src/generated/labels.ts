/* 枚举的中文名 · Chinese terms of the graph's enums, generated from their descriptions. Never edited by hand. */

export const ActivitySignUpStatusLabel = {
  SIGNED_UP: "已报名",
  WITHDRAWN: "已退出",
  ATTENDED: "已签到",
  NO_SHOW: "未到",
  CANCELLED: "已取消",
} as const;

export const ActivityStatusLabel = {
  PLANNED: "计划中",
  CANCELLED: "已取消",
  HELD: "已举办",
} as const;

export const AgreementStatusLabel = {
  DRAFT: "草稿",
  SIGNED: "已签署待生效",
  ACTIVE: "生效",
  EXPIRED: "到期",
  TERMINATED: "终止",
  WITHDRAWN: "已撤回",
} as const;

export const CapabilityLabel = {
  VENUE: "场地",
  MEDICAL: "医疗",
  LEGAL: "法律",
  EDUCATION: "教育",
  VOLUNTEERS: "志愿者",
  FUNDS: "资金",
  EQUIPMENT: "设备",
  TRAINING: "培训",
  EMPLOYMENT: "就业",
  ELDER_CARE: "养老",
} as const;

export const ClaimStatusLabel = {
  PENDING: "待处理",
  ACCEPTED: "已接受",
  REJECTED: "已拒绝",
  WITHDRAWN: "已撤回",
  CANCELLED: "已取消",
  DELIVERED: "已履约",
  EVALUATED: "已评价",
  EXPIRED: "已过期",
} as const;

export const CommitmentKindLabel = {
  VOLUNTEER_HOURS: "志愿服务时长",
  VENUE: "场地开放",
  FUNDS: "资金",
  PROJECTS: "共建项目",
  PEOPLE: "服务人次",
  SESSIONS: "活动场次",
} as const;

export const DecisionKindLabel = {
  TASK: "任务",
  NEED: "需求",
  PROJECT: "项目",
} as const;

export const DecisionOwnerTypeLabel = {
  ORGANIZATION: "党组织",
  RESIDENT_UNIT: "驻区单位",
  SEAT: "委员",
} as const;

export const DecisionStatusLabel = {
  OPEN: "办理中",
  DONE: "已办结",
  DROPPED: "已撤销",
} as const;

export const ExtensionStatusLabel = {
  PENDING: "待审批",
  APPROVED: "已批准",
  REJECTED: "未批准",
} as const;

export const FeedbackKindLabel = {
  COMMENDATION: "表扬",
  CONCERN: "提醒",
  NEGATIVE_LIST: "负面清单",
} as const;

export const GradingLevelLabel = {
  ADVANCED: "先进",
  AVERAGE: "一般",
  LAGGING: "后进",
  WEAK: "软弱涣散",
} as const;

export const InvitationStatusLabel = {
  SENT: "已派单",
  ACCEPTED: "已接受",
  DECLINED: "已拒绝",
} as const;

export const ItemStatusLabel = {
  DRAFT: "草稿",
  OPEN: "待认领",
  PARTLY_CLAIMED: "部分认领",
  FULLY_CLAIMED: "已认领",
  IN_PROGRESS: "实施中",
  FULFILLED: "已完成",
  EVALUATED: "已评价",
  CANCELLED: "已取消",
  EXPIRED: "已过期",
} as const;

export const ListKindLabel = {
  NEED: "需求清单",
  OFFER: "资源清单",
  PROJECT: "项目清单",
} as const;

export const MatchFactorLabel = {
  CATEGORY: "类别与能力",
  DISTANCE: "距离",
  TIME_WINDOW: "时间窗口",
  CAPACITY: "剩余容量",
  URGENCY: "紧急程度",
  RATING: "历史评价",
  FAIRNESS: "均衡",
} as const;

export const MeetingStatusLabel = {
  SCHEDULED: "已召集",
  HELD: "已召开",
  CANCELLED: "已取消",
} as const;

export const MemberCategoryLabel = {
  DIRECT: "直管党员",
  EMPLOYED: "在职党员",
  DUAL: "双重管理党员",
  FLOATING: "流动党员",
} as const;

export const NotificationKindLabel = {
  CLAIM_RECEIVED: "收到认领",
  CLAIM_ACCEPTED: "认领已接受",
  CLAIM_REJECTED: "认领被拒绝",
  INVITATION_RECEIVED: "收到派单",
  WHISTLE_CALLED: "吹哨报到",
  REQUEST_ESCALATED: "超期上报",
  REQUEST_TRANSFERRED: "转办",
  REQUEST_SUPERVISED: "督办",
  REQUEST_DEADLINE_NEAR: "即将超期",
  ACTIVITY_TOMORROW: "活动提醒",
} as const;

export const OrganizationKindLabel = {
  CITY: "市委",
  DISTRICT: "区委",
  STREET: "街道党工委",
  COMMUNITY: "社区党委",
  GRID: "网格(小区)党支部",
  BUILDING_GROUP: "楼栋党小组",
  UNIT_PARTY_ORGANIZATION: "驻区单位党组织",
  JOINT_PARTY_ORGANIZATION: "联合党组织",
  INDUSTRY_COMMITTEE: "行业党委",
  DEPARTMENT: "职能部门",
} as const;

export const PartyTypeLabel = {
  ORGANIZATION: "党组织",
  RESIDENT_UNIT: "驻区单位",
} as const;

export const RaterKindLabel = {
  COMMITTEE_MEMBER: "大党委委员",
  RESIDENT_REPRESENTATIVE: "居民代表",
} as const;

export const RequestCategoryLabel = {
  EMERGENCY: "紧急求助",
  SAFETY_HAZARD: "安全隐患",
  REPAIRS: "设施维修",
  ENVIRONMENT: "环境卫生",
  ELDER_AND_CHILD_CARE: "一老一小",
  POLICY_CONSULTATION: "政策咨询",
  PROPERTY_MANAGEMENT: "物业管理",
  NEIGHBOUR_DISPUTE: "邻里纠纷",
  OTHER: "其他",
} as const;

export const RequestChannelLabel = {
  GRID_WORKER: "网格员代办",
  HOTLINE: "热线",
  APP: "客户端",
} as const;

export const RequestStatusLabel = {
  RECEIVED: "已登记",
  ACCEPTED: "办理中",
  WHISTLED: "已吹哨",
  RESOLVED: "已办结",
  CLOSED: "已关闭",
} as const;

export const ResidentUnitKindLabel = {
  GOVERNMENT_AGENCY: "机关",
  PUBLIC_INSTITUTION: "事业单位",
  STATE_ENTERPRISE: "国有企业",
  PRIVATE_ENTERPRISE: "民营企业",
  SOCIAL_ORGANIZATION: "社会组织",
  SCHOOL: "学校",
  HOSPITAL: "医院",
  PROPERTY_COMPANY: "物业公司",
  INDIVIDUAL_BUSINESS: "个体工商户",
} as const;

export const ReviewGradeLabel = {
  GOOD: "好",
  FAIRLY_GOOD: "较好",
  AVERAGE: "一般",
  POOR: "差",
} as const;

export const ReviewOpinionLabel = {
  RECOMMEND: "推荐",
  AGREE: "同意",
  DISAGREE: "不同意",
} as const;

export const ReviewPartyTypeLabel = {
  RESIDENT_UNIT: "驻区单位",
  PARTY_BRANCH: "在职党员所在党组织",
} as const;

export const ReviewRoundStatusLabel = {
  OPEN: "进行中",
  CLOSING: "结束中",
  CLOSED: "已结束",
} as const;

export const SeatRoleLabel = {
  SECRETARY: "书记",
  DEPUTY_SECRETARY: "副书记",
  MEMBER: "委员",
} as const;

export const ServiceCategoryLabel = {
  ELDER_CARE: "养老服务",
  CHILD_CARE: "托管服务",
  MEDICAL: "健康体检",
  LEGAL_AID: "法律援助",
  EMPLOYMENT: "就业帮扶",
  REPAIRS: "维修服务",
  VENUE: "场地",
  FUNDS: "资金",
  VOLUNTEERS: "志愿服务",
  CULTURE: "文化活动",
  SAFETY: "平安建设",
  ENVIRONMENT: "环境整治",
} as const;

export const UnitOfMeasureLabel = {
  PEOPLE: "人",
  HOURS: "小时",
  SESSIONS: "场次",
  YUAN: "元",
  SQUARE_METRES: "平方米",
} as const;

export const UrgencyLabel = {
  NORMAL: "一般",
  HIGH: "较急",
  URGENT: "紧急",
} as const;

export const UserErrorCodeLabel = {
  ABSENCE_REASON_REQUIRED: "缺席须说明原因",
  ACTIVITY_FULL: "名额已满",
  ALREADY_ACCEPTED: "已被受理",
  ALREADY_CHECKED_IN: "已签到",
  ALREADY_CLAIMED: "已认领",
  ALREADY_CONFIRMED: "已确认",
  ALREADY_ESCALATED: "已上报",
  ALREADY_EVALUATED: "已评价",
  ALREADY_RECORDED: "已入账",
  ALREADY_REPORTED: "已报到",
  ALREADY_SEATED: "已任职",
  ALREADY_SIGNED: "已签署",
  ALREADY_WHISTLED: "已吹哨",
  CLAIMANT_NOT_ALLOWED: "认领方不符",
  CYCLE: "循环",
  DAILY_LIMIT: "今日已达上限",
  DATES_OUT_OF_ORDER: "日期顺序不对",
  DECISION_ALREADY_PUBLISHED: "已发布",
  DECISION_CLOSED: "决定已办结",
  DECISION_KIND_MISMATCH: "决定类型不符",
  DUE_DATE_IN_PAST: "期限已过",
  DUPLICATE_CREDIT_CODE: "信用代码重复",
  DUPLICATE_ID_NUMBER: "身份证号重复",
  DUPLICATE_INVITATION: "重复派单",
  DUPLICATE_NAME: "名称重复",
  DUPLICATE_REVIEW_ROUND: "已有评议",
  DUPLICATE_SERVICE_RECORD: "服务记录重复",
  DUPLICATE_TERRITORY_CODE: "区划代码重复",
  EXTENSION_PENDING: "延期待批",
  HAS_CLAIMS: "已有认领",
  HOURS_PENDING: "时长待入账",
  IDEMPOTENCY_KEY_REUSED: "幂等键已用",
  INVALID_ADDRESS: "地址无效",
  INVALID_AGENDA: "议程无效",
  INVALID_BUDGET: "预算无效",
  INVALID_CHANNEL: "渠道无效",
  INVALID_COMMENT: "评语无效",
  INVALID_COMMITMENTS: "承诺无效",
  INVALID_COMMUNITY: "社区无效",
  INVALID_CONTACT: "联系人无效",
  INVALID_COUNT: "数量无效",
  INVALID_CREDIT_CODE: "信用代码无效",
  INVALID_CRITERIA: "评议标准有误",
  INVALID_DATE: "日期无效",
  INVALID_DAYS: "天数无效",
  INVALID_DEADLINE: "截止时间无效",
  INVALID_DEPARTMENT: "职能部门无效",
  INVALID_DESCRIPTION: "说明无效",
  INVALID_EVENTS: "通知类型有误",
  INVALID_GOALS: "目标无效",
  INVALID_GRID: "网格无效",
  INVALID_HOURS: "时长无效",
  INVALID_ID: "标识无效",
  INVALID_IDEMPOTENCY_KEY: "幂等键无效",
  INVALID_ID_NUMBER: "身份证号无效",
  INVALID_LIMITS: "时限无效",
  INVALID_LOCATION: "位置无效",
  INVALID_MILESTONES: "里程碑无效",
  INVALID_NAME: "名称无效",
  INVALID_NOTE: "内容无效",
  INVALID_OWNER: "共建方无效",
  INVALID_PARTNER: "共建方无效",
  INVALID_PARTY_ORGANIZATION: "党组织无效",
  INVALID_PHONE: "手机号无效",
  INVALID_PHOTO: "照片无效",
  INVALID_POSTS: "岗位无效",
  INVALID_QUANTITY: "数量无效",
  INVALID_RATER: "评议人有误",
  INVALID_REASON: "原因无效",
  INVALID_REVIEW_PARTY: "述职对象有误",
  INVALID_SCORE: "评分无效",
  INVALID_SELECTION: "未选择通知",
  INVALID_STATE: "状态不符",
  INVALID_STREET: "街道无效",
  INVALID_TARGET: "承办方无效",
  INVALID_TERRITORY_CODE: "区划代码无效",
  INVALID_TEXT: "文字无效",
  INVALID_TITLE: "标题无效",
  INVALID_UNIT: "单位无效",
  INVALID_UNITS: "单位数无效",
  INVALID_URL: "地址不可用",
  INVALID_WEIGHTS: "权重无效",
  INVALID_YEAR: "年度无效",
  ITEM_CLOSED: "条目已关闭",
  KIND_DOES_NOT_FIT: "类型不符",
  LOCATION_OUTSIDE_CHINA: "位置在境外",
  MEETING_ALREADY_HELD: "会议已召开",
  MEETING_CANCELLED: "会议已取消",
  MEETING_NOT_HELD: "会议未召开",
  MEETING_NOT_STARTED: "会议未开始",
  MOVE_INCOMPLETE: "迁移未完成",
  NOT_A_PARTNER: "非共建单位",
  NOT_A_SEAT: "非参会委员",
  NOT_CALLED: "未被吹哨",
  NOT_EMPLOYED: "非在职党员",
  NOT_EMPLOYED_BY_UNIT: "非本单位党员",
  NOT_FOUND: "不存在",
  NOT_OVERDUE: "未超期",
  NOT_REPORTED: "未报到",
  NOT_STARTED: "活动未开始",
  NOT_VISIBLE: "不可见",
  NO_COMMITTEE_SEATS: "不设委员",
  NO_INVITEES: "无在任委员",
  NO_EXTENSION_PENDING: "无待批延期",
  OPINION_REASON_REQUIRED: "须说明理由",
  OVERLAPPING_AGREEMENT: "协议重叠",
  OVER_CAPACITY: "超出剩余",
  OWN_ITEM: "本方条目",
  PENDING_CLAIMS: "待处理认领",
  RATER_OUTSIDE_TERRITORY: "评议人不在辖区",
  RETRY_LATER: "稍后重试",
  REVIEW_CLOSED: "评议已结束",
  SECRETARY_TAKEN: "书记已有",
  SELF_REVIEW: "不能评议本单位",
  SIGN_UP_CLOSED: "报名已截止",
  TERM_TOO_LONG: "期限过长",
  TOO_MANY_REMINDERS: "督办过多",
  TOO_MANY_TRANSFERS: "转办过多",
  UNIT_REQUIRED: "须注明单位",
  UNKNOWN_CRITERION: "无此评议标准",
  WEBHOOK_LIMIT: "推送地址已满",
} as const;

export const VisibilityLabel = {
  COMMUNITY: "本社区",
  STREET: "本街道",
  DISTRICT: "本区",
  CITY: "全市",
} as const;

export const WebhookDeliveryStatusLabel = {
  PENDING: "待投递",
  DELIVERED: "已送达",
  FAILED: "已放弃",
} as const;
