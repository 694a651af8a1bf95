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