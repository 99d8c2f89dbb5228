import type { Audience } from './notifications.tables.js';

/**
 * The texts of every notice, by key (formal zh-CN, short enough for an SMS or two). `{name}` is replaced by the
 * value of that name; the keys and texts are data, so an administration page can list and later edit them.
 */
export interface Template {
  audience: Audience;
  /** When it is sent. */
  label: string;
  subject: string;
  body: string;
}

/** 条例 Art. 30 and Beijing Art. 16: for a confidential petitioner nothing on a lock screen may reveal the matter. */
export const GENERIC_TEXT = '您的信访事项有新的办理进展，请凭查询码登录查询。';

export const TEMPLATES = {
  'petitioner.accepted': {
    audience: 'petitioner',
    label: '受理',
    subject: '信访事项受理告知',
    body: '您提出的信访事项（编号：{number}）已由{org}受理，将依法办理并书面答复。可凭查询码查询办理进展。',
  },
  'petitioner.forwarded': {
    audience: 'petitioner',
    label: '转送',
    subject: '信访事项转送告知',
    body: '您提出的信访事项（编号：{number}）已转送{toOrg}办理。可凭查询码查询办理进展。',
  },
  'petitioner.assigned': {
    audience: 'petitioner',
    label: '交办',
    subject: '信访事项交办告知',
    body: '您提出的信访事项（编号：{number}）已交办{toOrg}办理。可凭查询码查询办理进展。',
  },
  'petitioner.declined': {
    audience: 'petitioner',
    label: '不予受理',
    subject: '信访事项不予受理告知',
    body: '您提出的信访事项（编号：{number}）不属于信访事项受理范围，请依法通过{route}途径提出。详情可凭查询码查询。',
  },
  'petitioner.final_repeat': {
    audience: 'petitioner',
    label: '不再受理',
    subject: '信访事项不再受理告知',
    body: '您提出的信访事项（编号：{number}）与已经复核终结的信访事项属同一事实和理由，依据《信访工作条例》第三十六条不再受理。详情可凭查询码查询。',
  },
  'petitioner.extended': {
    audience: 'petitioner',
    label: '延期',
    subject: '信访事项延期告知',
    body: '您的信访事项（编号：{number}）因{reason}，经批准办理期限延长{days}日。',
  },
  'petitioner.decision_issued': {
    audience: 'petitioner',
    label: '出具意见书',
    subject: '信访事项答复告知',
    body: '{org}已就您的信访事项（编号：{number}）出具{document}，将依法送达。可凭查询码查询。',
  },
  'petitioner.rating_invitation': {
    audience: 'petitioner',
    label: '意见书送达后邀请评价',
    subject: '信访事项满意度评价',
    body: '您的信访事项（编号：{number}）{document}已送达。请凭查询码对办理情况作出满意度评价。{route}',
  },
  'petitioner.review_received': {
    audience: 'petitioner',
    label: '收到复查（复核）请求',
    subject: '{request}收到告知',
    body: '{org}已收到您就信访事项（编号：{number}）提出的{request}，将自收到之日起30日内作出{document}。',
  },
  'petitioner.generic': {
    audience: 'petitioner',
    label: '保密信访人的一切通知',
    subject: '信访事项办理进展',
    body: GENERIC_TEXT,
  },
  'staff.forwarded': {
    audience: 'staff',
    label: '转送本单位',
    subject: '新转送：{number}',
    body: '{fromOrg}转送信访事项“{title}”（{number}），请在5个工作日内签收或说明理由退回。',
  },
  'staff.assigned': {
    audience: 'staff',
    label: '交办本单位',
    subject: '新交办：{number}',
    body: '{fromOrg}交办信访事项“{title}”（{number}），办理期限{due}，请签收办理并报送办结报告。',
  },
  'staff.returned': {
    audience: 'staff',
    label: '被退回',
    subject: '被退回：{number}',
    body: '{fromOrg}退回信访事项“{title}”（{number}），理由：{reason}。请重新确定办理机关。',
  },
  'staff.insisted': {
    audience: 'staff',
    label: '不同意退回',
    subject: '请签收办理：{number}',
    body: '{fromOrg}不同意退回信访事项“{title}”（{number}），理由：{reason}。请依法办理。',
  },
  'staff.assist': {
    audience: 'staff',
    label: '增加协办',
    subject: '新协办任务：{number}',
    body: '{fromOrg}请本单位协办信访事项“{title}”（{number}）：{task}。协办期限{due}。',
  },
  // The village does not see the petition: the notice names only the part handed to it.
  'staff.mediation_requested': {
    audience: 'staff',
    label: '交由调解',
    subject: '交由调解：{part}',
    body: '{fromOrg}将一项矛盾纠纷交由本单位调解：“{part}”。请在矛盾纠纷台账中受理调解，调解结果将反馈{fromOrg}。',
  },
  'staff.review_requested': {
    audience: 'staff',
    label: '登记复查（复核）请求',
    subject: '{request}待办：{number}',
    body: '信访人就信访事项“{title}”（{number}）提出{request}，请在30日内出具{document}。',
  },
  'staff.extension_requested': {
    audience: 'staff',
    label: '延期待审批',
    subject: '延期待审批：{number}',
    body: '信访事项“{title}”（{number}）申请延长办理期限{days}日，理由：{reason}。请审批。',
  },
  'staff.report_submitted': {
    audience: 'staff',
    label: '办结报告待审核',
    subject: '办结报告待审核：{number}',
    body: '{fromOrg}报送交办信访事项“{title}”（{number}）的办结报告，请审核认定。',
  },
  'staff.rework': {
    audience: 'staff',
    label: '退回重办',
    subject: '退回重办：{number}',
    body: '{fromOrg}将信访事项“{title}”（{number}）退回重办，理由：{reason}。',
  },
  'staff.urge': {
    audience: 'staff',
    label: '催办',
    subject: '催办：{number}',
    body: '{fromOrg}催办信访事项“{title}”（{number}）：{message}',
  },
  'staff.supervise': {
    audience: 'staff',
    label: '督办',
    subject: '督办单：{number}',
    body: '{fromOrg}督办信访事项“{title}”（{number}）：{message}。回复期限{due}，请按期书面回复是否采纳督办意见。',
  },
  'staff.instructed': {
    audience: 'staff',
    label: '领导批示',
    subject: '领导批示：{number}',
    body: '{fromOrg}{leader}对信访事项“{title}”（{number}）作出批示：{message}。请阅知并抓好落实。',
  },
  'staff.supervision_replied': {
    audience: 'staff',
    label: '催办、督办已回复',
    subject: '督办回复：{number}',
    body: '{fromOrg}已回复信访事项“{title}”（{number}）的{kind}：{message}',
  },
  'staff.deadline_warning': {
    audience: 'staff',
    label: '办理时限预警',
    subject: '时限预警（{grade}）：{number}',
    body: '信访事项“{title}”（{number}）的“{clock}”期限{grade}，截止{due}，请及时办理。',
  },
  'staff.meeting_task_assigned': {
    audience: 'staff',
    label: '会议议定事项',
    subject: '议定事项：{title}',
    body: '{org}矛盾纠纷分析会议定由本单位办理：“{title}”，请于{due}前办结并报告办理结果。',
  },
  'staff.meeting_task_warning': {
    audience: 'staff',
    label: '会议议定事项时限预警',
    subject: '时限预警（{grade}）：会议议定事项',
    body: '动态分析会议定事项“{title}”{grade}，截止{due}，请及时办理并报告办理结果。',
  },
  'staff.dispute_deadline_warning': {
    audience: 'staff',
    label: '矛盾纠纷调处时限预警',
    subject: '时限预警（{grade}）：{number}',
    body: '矛盾纠纷“{title}”（{number}）的“{clock}”期限{grade}，截止{due}，请及时办理。',
  },
  // Duty swaps (值班换班): between colleagues of a body and its leaders; no petition concerned.
  'staff.duty_swap_requested': {
    audience: 'staff',
    label: '换班请求',
    subject: '换班请求：{shift}',
    body: '{requester}请您替换{shift}的值班{counter}，理由：{reason}。请在值班表中同意或不同意。',
  },
  'staff.duty_swap_accepted': {
    audience: 'staff',
    label: '换班待审批',
    subject: '换班待审批：{shift}',
    body: '{requester}与{colleague}商定调换{shift}的值班{counter}，理由：{reason}。请审批。',
  },
  'staff.duty_swap_declined': {
    audience: 'staff',
    label: '同事未同意换班',
    subject: '换班未获同意：{shift}',
    body: '{colleague}未同意替换您{shift}的值班，值班安排不变。',
  },
  'staff.duty_swap_decided': {
    audience: 'staff',
    label: '换班审批结果',
    subject: '换班审批结果：{shift}',
    body: '{requester}与{colleague}调换{shift}值班的申请，{leader}{result}。{note}',
  },
  // A member of the public who booked a leader's reception (约访): no petition yet, so the booking's number and code.
  'visitor.booking_confirmed': {
    audience: 'petitioner',
    label: '约访预约成功',
    subject: '预约接访成功',
    body: '【领导接访预约】{org}领导接访日，{slot}，{where}。预约号 {number}；改约或取消请凭预约号和预约码办理。{walkIn}',
  },
  'visitor.booking_cancelled': {
    audience: 'petitioner',
    label: '约访取消',
    subject: '预约已取消',
    body: '【领导接访预约】您 {slot} 的接访预约（{number}）已取消。{walkIn}',
  },
  'visitor.booking_moved': {
    audience: 'petitioner',
    label: '约访改约',
    subject: '预约已改约',
    body: '【领导接访预约】您的接访预约（{number}）已改到 {slot}，{where}。{walkIn}',
  },
  'visitor.booking_reminder': {
    audience: 'petitioner',
    label: '约访前一日提醒',
    subject: '明日接访提醒',
    body: '【领导接访预约】提醒：您预约了明天 {slot} 的{org}领导接访，{where}。不能前来的，请凭预约号（{number}）和预约码取消。',
  },
  'visitor.booking_slot_changed': {
    audience: 'petitioner',
    label: '接访安排变更',
    subject: '接访安排变更',
    body: '【领导接访预约】您预约的接访（{number}）{change}。原因：{reason}。{walkIn}',
  },
} as const satisfies Record<string, Template>;

export type TemplateKey = keyof typeof TEMPLATES;
export type Vars = Record<string, string | number | null | undefined>;

/** Long free texts (reasons, messages) are cut in notices: the full text is in the system. */
export function clip(text: string | null | undefined, max = 40): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The subject and body of a template with its values filled in; an unknown `{name}` becomes empty. */
export function render(key: TemplateKey, vars: Vars): { subject: string; body: string } {
  // A value that ends its own sentence (a reason typed with its full stop) does not get a second one.
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')).replace(/([。！？])。/g, '$1');
  const t: Template = TEMPLATES[key];
  return { subject: fill(t.subject), body: fill(t.body) };
}
