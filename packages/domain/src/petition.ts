/** 信访形式 (docs/GLOSSARY.md). */
export const CHANNELS = ['online', 'letter', 'visit', 'phone', 'fax', 'email', 'video', 'sms', 'wechat', 'hotline', 'mailbox'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 信访类别: 建议意见 / 检举控告 / 申诉求决. */
export const PETITION_TYPES = ['suggestion', 'accusation', 'appeal'] as const;
export type PetitionType = (typeof PETITION_TYPES)[number];

/** Only suggestions and accusations may be anonymous: an appeal asks something for someone, who must be named. */
export const ANONYMOUS_TYPES: readonly PetitionType[] = ['suggestion', 'accusation'];
export const mayBeAnonymous = (type: PetitionType | undefined): boolean => !!type && ANONYMOUS_TYPES.includes(type);

/** What a petition is marked as, in the order lists show the marks. */
export const FLAGS = [
  'group',
  'repeat',
  'firstTime',
  'merged',
  'skipLevel',
  'litigation',
  'majorUrgent',
  'confidential',
  'anonymous',
] as const;
export type Flag = (typeof FLAGS)[number];
export const FLAG_ZH: Record<Flag, string> = {
  group: '集体访',
  repeat: '重复件',
  firstTime: '本机构初次',
  merged: '合并件',
  skipLevel: '越级',
  litigation: '涉法涉诉',
  majorUrgent: '重大紧急',
  confidential: '保密',
  anonymous: '匿名',
};

/** Statuses of a petition (docs/WORKFLOW.md), including `returned` (退回, awaiting the sender's decision). */
export const PETITION_STATUSES = [
  'registered',
  'accepted',
  'forwarded',
  'assigned',
  'returned',
  'handling',
  'extended',
  'answered',
  'pending_review',
  'concluded',
  'in_review',
  'in_reexamination',
  'final',
  'declined',
] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** Nothing is pending any more: concluded, final (条例 Art. 36) or declined. */
export const CLOSED_STATUSES = ['concluded', 'final', 'declined'] as const satisfies readonly PetitionStatus[];

/** Every status in words, as staff and petitioners read it: a status without its label does not compile. */
export const STATUS_ZH: Record<PetitionStatus, string> = {
  registered: '已登记',
  accepted: '已受理',
  forwarded: '已转送',
  assigned: '已交办',
  returned: '已退回',
  handling: '办理中',
  extended: '已延期',
  answered: '已答复',
  pending_review: '待审核',
  concluded: '已办结',
  in_review: '复查中',
  in_reexamination: '复核中',
  final: '已终结',
  declined: '不予受理',
};
/** The statuses in English (the web's English and the server's English messages). */
export const STATUS_EN: Record<PetitionStatus, string> = {
  registered: 'Registered',
  accepted: 'Accepted',
  forwarded: 'Forwarded',
  assigned: 'Assigned',
  returned: 'Returned',
  handling: 'In handling',
  extended: 'Extended',
  answered: 'Answered',
  pending_review: 'Pending verification',
  concluded: 'Concluded',
  in_review: 'Under review',
  in_reexamination: 'Under re-examination',
  final: 'Final',
  declined: 'Declined',
};

/** Names in tables and statistics (documents use fuller phrases: documents.kinds.ts). */
export const CHANNEL_ZH: Record<Channel, string> = {
  online: '网上',
  letter: '来信',
  visit: '来访',
  phone: '来电',
  fax: '传真',
  email: '电子邮件',
  video: '视频接访',
  sms: '短信',
  wechat: '微信',
  hotline: '12345热线',
  mailbox: '领导信箱',
};
export const TYPE_ZH: Record<PetitionType, string> = { suggestion: '建议意见', accusation: '检举控告', appeal: '申诉求决' };
export const ID_TYPES = ['id_card', 'passport', 'hk_mo_permit', 'tw_permit', 'foreign_permit', 'org_code', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_ZH: Record<IdType, string> = {
  id_card: '居民身份证',
  passport: '护照',
  hk_mo_permit: '港澳居民来往内地通行证',
  tw_permit: '台湾居民来往大陆通行证',
  foreign_permit: '外国人永久居留身份证',
  org_code: '统一社会信用代码',
  other: '其他',
};

/** 条例 Art. 20: a group visit names at most five representatives. */
export const MAX_REPRESENTATIVES = 5;
/**
 * The most representatives a registration may mark (条例 Art. 20): only people who visit together (走访) must choose
 * at most five; a joint letter, call or online message is signed by as many as sign it, so there is no limit.
 */
export function maxRepresentatives(channel: Channel): number | null {
  return channel === 'visit' ? MAX_REPRESENTATIVES : null;
}
/** A visit by this many persons or more is a group visit (集体访), which must name representatives. */
export const GROUP_SIZE = 5;
export const MAX_CONTENT_LENGTH = 20_000;
export const MAX_TITLE_LENGTH = 100;
/** Channels whose main petitioner must give a phone number, and those that need an ID document. */
export const PHONE_CHANNELS: readonly Channel[] = ['phone', 'hotline', 'sms', 'online', 'wechat'];
export const ID_CHANNELS: readonly Channel[] = ['visit', 'video'];
export const ADDRESS_CHANNELS: readonly Channel[] = ['letter', 'fax'];

/** The petitioner's rating of an answer (满意度评价, 条例 Art. 37), and what is rated: the bureau's or the handling. */
export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_ZH: Record<Rating, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };
export const EVALUATION_TARGETS = ['bureau', 'handling'] as const;
export type EvaluationTarget = (typeof EVALUATION_TARGETS)[number];
