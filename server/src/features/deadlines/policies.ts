import type { ClockUnit } from '@xinfang/domain';
/**
 * Deadline policy packs: data, not code (docs/WORKFLOW.md § Deadlines). Each clock names its length and unit, what starts
 * it, what stops it and what pauses it; the workflow starts and stops clocks by these names.
 */

export interface ClockRule {
  /** What the clock measures, in the words of the regulation. */
  label: string;
  length: number;
  unit: ClockUnit;
  /** Workflow events (docs/WORKFLOW.md) that start, stop and pause it. */
  startsOn: string[];
  stopsOn: string[];
  pausedBy?: string[];
  /** Longest extension that may be granted, in the same unit (条例 Art. 34: 30 days). */
  maxExtension?: number;
  /** The article the length comes from. */
  basis: string;
  /**
   * A period the petitioner has (to ask for review), not a duty of a body: never graded as a warning, and
   * closed as `expired` when it runs out.
   */
  petitionerWindow?: true;
}

export interface PolicyPack {
  id: string;
  name: string;
  description: string;
  /** When a day count ends on a day off, the deadline moves to the next working day (民事诉讼法 Art. 85 practice). */
  extendOverDaysOff: boolean;
  clocks: Record<string, ClockRule>;
}

/**
 * The grassroots clocks (矛盾纠纷, features/disputes), the same in every pack: a mediation settled within 30 days unless
 * the parties consent to more (人民调解 practice), the follow-up visit on the day the agreement set (its `limitAt`),
 * an escalated dispute taken over by the body above within 5 working days, and a meeting's decision by its due day.
 */
const grassroots: Record<string, ClockRule> = {
  mediation: {
    label: '调解期限',
    length: 30, // the default of DISPUTE_MEDIATION_DAYS
    unit: 'calendar_day',
    startsOn: ['mediation_started'],
    stopsOn: ['mediation_ended'],
    maxExtension: 30,
    basis: '《人民调解法》第二十八条及人民调解工作规范（当事人同意的可以延长）',
  },
  follow_up: {
    label: '履行回访',
    length: 180,
    unit: 'calendar_day',
    startsOn: ['agreed'],
    stopsOn: ['followed_up'],
    basis: '《人民调解法》第三十一条（人民调解委员会对调解协议的履行情况进行监督）',
  },
  take_over: {
    label: '接收上报的矛盾纠纷',
    length: 5,
    unit: 'working_day',
    startsOn: ['escalated'],
    stopsOn: ['taken_over'],
    basis: '镇村联动工作机制',
  },
  // A decision of an analysis meeting, due on the day the meeting set (its `limitAt`).
  meeting_task: {
    label: '会议议定事项办理',
    length: 365,
    unit: 'calendar_day',
    startsOn: ['task_assigned'],
    stopsOn: ['task_done'],
    basis: '矛盾纠纷动态分析会议定事项',
  },
};

const national: PolicyPack = {
  id: 'national-2022',
  name: '《信访工作条例》（2022）',
  description: '全国通用时限：十五日内告知是否受理，六十日内办结（可延长三十日），复查、复核各三十日。',
  extendOverDaysOff: true,
  clocks: {
    decide: {
      label: '告知是否受理',
      length: 15,
      unit: 'calendar_day',
      startsOn: ['registered'],
      stopsOn: ['accepted', 'forwarded', 'assigned', 'declined'],
      basis: '条例第二十二条、第二十三条',
    },
    // The receiving body's own 15 days from delivery (条例 Arts. 22–23): its 签收 is its 受理.
    accept_forwarded: {
      label: '告知是否受理（转送事项）',
      length: 15,
      unit: 'calendar_day',
      startsOn: ['forwarded'],
      stopsOn: ['received', 'returned'],
      basis: '条例第二十二条、第二十三条',
    },
    object: {
      label: '有权处理机关提出异议',
      length: 5,
      unit: 'working_day',
      startsOn: ['delivered_to_body'],
      stopsOn: ['received', 'returned'],
      basis: '条例第二十三条',
    },
    handle: {
      label: '办理并出具处理意见',
      length: 60,
      unit: 'calendar_day',
      startsOn: ['received', 'rework'],
      stopsOn: ['decided'],
      pausedBy: ['hearing'],
      maxExtension: 30,
      basis: '条例第三十四条',
    },
    review_request: {
      label: '申请复查',
      length: 30,
      unit: 'calendar_day',
      petitionerWindow: true,
      startsOn: ['decision_delivered'],
      stopsOn: ['review_requested'],
      basis: '条例第三十五条',
    },
    review_decide: {
      label: '出具复查意见',
      length: 30,
      unit: 'calendar_day',
      startsOn: ['review_requested'],
      stopsOn: ['review_decided'],
      basis: '条例第三十五条',
    },
    reexamination_request: {
      label: '请求复核',
      length: 30,
      unit: 'calendar_day',
      petitionerWindow: true,
      startsOn: ['review_delivered'],
      stopsOn: ['reexamination_requested'],
      basis: '条例第三十六条',
    },
    reexamination_decide: {
      label: '提出复核意见',
      length: 30,
      unit: 'calendar_day',
      startsOn: ['reexamination_requested'],
      stopsOn: ['reexamination_decided'],
      pausedBy: ['hearing'],
      basis: '条例第三十六条（听证所需时间不计算在内）',
    },
    ...grassroots,
  },
};

const shandong: PolicyPack = {
  id: 'shandong',
  name: '山东省信访规定',
  description: '直接办理三十日（情况复杂的不超过六十日）；交办事项九十日内办结并报告；交办机关三十日内审核办结报告。',
  extendOverDaysOff: true,
  clocks: {
    decide: national.clocks.decide!,
    accept_forwarded: national.clocks.accept_forwarded!,
    object: national.clocks.object!,
    handle: {
      label: '直接办理',
      length: 30,
      unit: 'calendar_day',
      startsOn: ['received', 'rework'],
      stopsOn: ['decided'],
      pausedBy: ['hearing'],
      maxExtension: 30,
      basis: '山东省信访规定第二十四条',
    },
    handle_assigned: {
      label: '交办事项办结并报告',
      length: 90,
      unit: 'calendar_day',
      startsOn: ['assigned'],
      stopsOn: ['concluded', 'returned'],
      basis: '山东省信访规定第二十五条',
    },
    verify: {
      label: '审核办结报告',
      length: 30,
      unit: 'calendar_day',
      startsOn: ['concluded'],
      stopsOn: ['verified', 'rework'],
      basis: '山东省信访规定第二十六条',
    },
    review_request: national.clocks.review_request!,
    review_decide: national.clocks.review_decide!,
    reexamination_request: national.clocks.reexamination_request!,
    reexamination_decide: national.clocks.reexamination_decide!,
    ...grassroots,
  },
};

const hotline: PolicyPack = {
  id: 'hotline-12345',
  name: '12345 政务服务便民热线',
  description: '紧急事项 1 小时内派单，水电气暖 2 小时内，一般事项 24 小时内；5 个工作日内办结。',
  extendOverDaysOff: false,
  clocks: {
    dispatch_emergency: {
      label: '紧急事项派单',
      length: 1,
      unit: 'hour',
      startsOn: ['registered_emergency'],
      stopsOn: ['accepted', 'forwarded', 'assigned', 'declined'],
      basis: '济南、潍坊 12345 热线条例；DB11/T 2021—2022',
    },
    dispatch_utility: {
      label: '水电气暖事项派单',
      length: 2,
      unit: 'hour',
      startsOn: ['registered_utility'],
      stopsOn: ['accepted', 'forwarded', 'assigned', 'declined'],
      basis: '济南、潍坊 12345 热线条例',
    },
    dispatch_general: {
      label: '一般事项派单',
      length: 24,
      unit: 'hour',
      startsOn: ['registered_general'],
      stopsOn: ['accepted', 'forwarded', 'assigned', 'declined'],
      basis: '济南、潍坊 12345 热线条例',
    },
    handle: {
      label: '办结',
      length: 5,
      unit: 'working_day',
      startsOn: ['received', 'rework'],
      stopsOn: ['decided'],
      basis: '济南、潍坊 12345 热线条例',
    },
    ...grassroots,
  },
};

/** The packs shipped; a body uses one (inherited from above when not set), national-2022 by default. */
export const POLICY_PACKS: Record<string, PolicyPack> = { [national.id]: national, [shandong.id]: shandong, [hotline.id]: hotline };

/** What a deployment sets of the packs (config.ts): the mediation limit is practice, not statute. */
export interface PolicySettings {
  /** DISPUTE_MEDIATION_DAYS: the days a mediation runs before the parties' consent is needed to go on. */
  mediationDays: number;
}

/** The shipped packs as this deployment runs them. */
export function policyPacks({ mediationDays }: PolicySettings): Record<string, PolicyPack> {
  return Object.fromEntries(
    Object.values(POLICY_PACKS).map((p) => [
      p.id,
      { ...p, clocks: { ...p.clocks, mediation: { ...grassroots.mediation!, length: mediationDays } } },
    ]),
  );
}
export const DEFAULT_POLICY_PACK = national.id;

/** The keys of the clocks, in any pack, whose rule passes `test` (statistics name clocks by what they measure). */
export const clockKeys = (test: (rule: ClockRule) => boolean) => [
  ...new Set(
    Object.values(POLICY_PACKS).flatMap((p) =>
      Object.entries(p.clocks)
        .filter(([, r]) => test(r))
        .map(([k]) => k),
    ),
  ),
];

/** Keys of the grassroots clocks (a dispute's or a meeting decision's), the same in every pack. */
export const GRASSROOTS_CLOCKS = Object.keys(grassroots);

/** Keys of the petitioner's windows in any pack (see ClockRule.petitionerWindow). */
export const PETITIONER_WINDOWS = clockKeys((r) => r.petitionerWindow === true);
