import { type DecisionOutcome, type DecisionStage, type Outcome, type ReviewOutcome } from '@xinfang/domain';

/**
 * The official documents (公文) of the petition procedure: each kind's title, its code in the document number
 * (文号: 机关代字 + kind code + 〔year〕 + seq + 号), who it is addressed to, the variables its template may use
 * and its default template. Defaults live here; an administrator's edit is a newer row in document_templates.
 */

export const DOCUMENT_KINDS = [
  'receipt',
  'acceptance_notice',
  'decline_notice',
  'final_notice',
  'forward_notice',
  'assignment_notice',
  'assignment_slip',
  'extension_notice',
  'decision',
  'review_decision',
  'reexamination_decision',
  'supervision_slip',
  'reception_notice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface VariableSpec {
  name: string;
  /** What it holds, for the template editor. */
  label: string;
}

export interface KindSpec {
  /** 标题 */
  title: string;
  /** Code in the 文号 after the issuing body's 机关代字; distinct per kind, as each kind is numbered on its own. */
  code: string;
  /** 主送: the petitioner (notices, decisions) or the body it is sent to (交办单, 督办单). */
  addressee: 'petitioner' | 'body';
  /** Variables beyond the common ones. */
  variables: VariableSpec[];
  /** Variables a template of this kind must keep: the elements the law requires (条例 Art. 32; 北京市信访条例 Art. 43). */
  required: string[];
  template: string;
}

/** Available in every template. */
export const COMMON_VARIABLES: VariableSpec[] = [
  { name: 'petitionNumber', label: '信访事项编号' },
  { name: 'petitionTitle', label: '信访事项标题' },
  { name: 'petitionerName', label: '信访人姓名（主要信访人）' },
  { name: 'receivedDate', label: '收到信访事项的日期' },
  { name: 'channel', label: '信访形式（来信、来访、来电等）' },
  { name: 'orgName', label: '发文机关名称' },
  { name: 'issueDate', label: '成文日期' },
];

const DECISION_VARIABLES: VariableSpec[] = [
  { name: 'request', label: '信访人的请求' },
  { name: 'facts', label: '调查核实的事实' },
  { name: 'reasons', label: '理由' },
  { name: 'outcome', label: '处理意见（予以支持、解释说明、不予支持；复查、复核：维持、撤销、变更、责令重新处理）' },
  { name: 'basis', label: '法律、法规、规章或政策依据' },
  { name: 'remedy', label: '不服处理意见的途径和期限（复核意见书：终结的告知）' },
  { name: 'reviewOrg', label: '受理复查（复核）请求的机关' },
  { name: 'reviewDays', label: '请求复查（复核）的期限（日）' },
];
const REVIEW_VARIABLES: VariableSpec[] = [
  ...DECISION_VARIABLES,
  { name: 'previousOrg', label: '原处理（复查）机关' },
  { name: 'requestedDate', label: '请求复查（复核）的日期' },
];
const DECISION_REQUIRED = ['request', 'facts', 'reasons', 'outcome', 'basis', 'remedy'];

export const KINDS: Record<DocumentKind, KindSpec> = {
  receipt: {
    title: '信访事项受理凭证',
    code: '凭',
    addressee: 'petitioner',
    variables: [
      { name: 'orgAddress', label: '登记机关地址' },
      { name: 'orgPhone', label: '登记机关电话' },
      { name: 'queryCode', label: '查询码（仅登记或重新生成时打印的凭证上显示，存档文书不留存）' },
      { name: 'portalAddress', label: '网上查询地址' },
    ],
    required: ['petitionNumber', 'queryCode'],
    template: [
      '你于{{receivedDate}}以{{channel}}形式提出的信访事项，本机关已经登记。',
      '信访事项编号：{{petitionNumber}}',
      '查询码：{{queryCode}}',
      '信访事项：{{petitionTitle}}',
      '本机关将依照《信访工作条例》第二十二条、第二十三条的规定，自收到信访事项之日起十五日内书面告知你是否受理。你可以登录{{portalAddress}}，凭信访事项编号和查询码查询办理进展、评价办理结果。查询码请妥善保管；遗失的，可以持本人身份证件向本机关申请重新生成。',
      '登记机关：{{orgName}}；地址：{{orgAddress}}；电话：{{orgPhone}}。',
    ].join('\n'),
  },
  acceptance_notice: {
    title: '信访事项受理告知书',
    code: '受',
    addressee: 'petitioner',
    variables: [],
    required: [],
    template: [
      '你于{{receivedDate}}以{{channel}}形式提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），经审查，属于本机关职责范围。根据《信访工作条例》第二十二条、第二十三条的规定，本机关决定予以受理。',
      '本机关将自受理之日起六十日内办结，并书面答复你；情况复杂的，经本机关负责人批准，可以适当延长办理期限，但延长期限不得超过三十日，并告知你延期理由（《信访工作条例》第三十四条）。',
      '特此告知。',
    ].join('\n'),
  },
  decline_notice: {
    title: '信访事项不予受理告知书',
    code: '不受',
    addressee: 'petitioner',
    variables: [
      { name: 'reason', label: '不予受理的理由' },
      { name: 'route', label: '应当通过的法定途径' },
      { name: 'routeOrg', label: '法定途径的受理机关' },
    ],
    required: ['route'],
    template: [
      '你于{{receivedDate}}以{{channel}}形式提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），经审查，{{reason}}',
      '根据《信访工作条例》第三十一条的规定，依法应当通过诉讼、仲裁、行政复议等法定途径解决的事项，应当导入相应程序处理。本机关对该信访事项不予受理，请你{{route}}（受理机关：{{routeOrg}}）。',
      '特此告知。',
    ].join('\n'),
  },
  final_notice: {
    title: '信访事项不再受理告知书',
    code: '不再',
    addressee: 'petitioner',
    variables: [
      { name: 'reason', label: '不再受理的理由' },
      { name: 'finalNumber', label: '已终结信访事项的编号' },
      { name: 'finalOrg', label: '作出复核意见的机关' },
      { name: 'finalDate', label: '终结的日期' },
    ],
    required: ['finalNumber'],
    template: [
      '你于{{receivedDate}}以{{channel}}形式提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），经审查，与你此前提出、已由{{finalOrg}}作出复核意见并于{{finalDate}}终结的信访事项（编号：{{finalNumber}}）属同一事实和理由。{{reason}}',
      '根据《信访工作条例》第三十六条的规定，信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，不再受理。本机关对该信访事项不再受理。',
      '特此告知。',
    ].join('\n'),
  },
  forward_notice: {
    title: '信访事项转送告知书',
    code: '转',
    addressee: 'petitioner',
    variables: [{ name: 'toOrg', label: '转送的有权处理机关' }],
    required: ['toOrg'],
    template: [
      '你于{{receivedDate}}以{{channel}}形式提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），经审查，属于{{toOrg}}的职责范围。根据《信访工作条例》第二十二条、第二十三条的规定，本机关已于{{issueDate}}将该信访事项转送{{toOrg}}依法处理，请你与该机关联系。',
      '特此告知。',
    ].join('\n'),
  },
  // The petitioner's copy of a 交办, for a visitor without a phone as much as for a letter writer.
  assignment_notice: {
    title: '信访事项交办告知书',
    code: '交告',
    addressee: 'petitioner',
    variables: [
      { name: 'toOrg', label: '承办单位' },
      { name: 'dueDate', label: '办理期限' },
    ],
    required: ['toOrg'],
    template: [
      '你于{{receivedDate}}以{{channel}}形式提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），经审查，属于{{toOrg}}的职责范围。根据《信访工作条例》第二十三条、第二十四条的规定，本机关已于{{issueDate}}将该信访事项交由{{toOrg}}办理，要求其于{{dueDate}}前办结并向本机关报告办理结果，由{{toOrg}}依法书面答复你。',
      '你可以凭信访事项编号和查询码查询办理进展，也可以与{{toOrg}}或本机关联系。',
      '特此告知。',
    ].join('\n'),
  },
  assignment_slip: {
    title: '信访事项交办单',
    code: '交',
    addressee: 'body',
    variables: [
      { name: 'toOrg', label: '承办单位' },
      { name: 'petitionContent', label: '信访事项内容' },
      { name: 'requirements', label: '办理要求' },
      { name: 'dueDate', label: '办理期限' },
    ],
    required: ['requirements', 'dueDate'],
    template: [
      '现将{{petitionerName}}反映的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}）交由你单位办理。',
      '信访事项主要内容：{{petitionContent}}',
      '办理要求：{{requirements}}',
      '请于{{dueDate}}前办结，并将办理结果和办结报告报送本机关。根据《信访工作条例》第二十三条的规定，不属于你单位职权范围的，请自收到之日起五个工作日内提出异议，并详细说明理由。',
    ].join('\n'),
  },
  extension_notice: {
    title: '信访事项延期办理告知书',
    code: '延',
    addressee: 'petitioner',
    variables: [
      { name: 'days', label: '延长的日数' },
      { name: 'reason', label: '延期理由' },
      { name: 'dueDate', label: '延长后的办理期限' },
    ],
    required: ['reason', 'days'],
    template: [
      '你于{{receivedDate}}提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），本机关正在依法办理。因情况复杂，经本机关负责人批准，根据《信访工作条例》第三十四条的规定，办理期限延长{{days}}日，至{{dueDate}}。',
      '延期理由：{{reason}}',
      '特此告知。',
    ].join('\n'),
  },
  decision: {
    title: '信访事项处理意见书',
    code: '处',
    addressee: 'petitioner',
    variables: DECISION_VARIABLES,
    required: DECISION_REQUIRED,
    template: [
      '你于{{receivedDate}}提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），本机关已依法受理并调查核实。根据《信访工作条例》第三十二条的规定，现将处理意见告知如下：',
      '一、信访请求',
      '{{request}}',
      '二、调查核实的事实和理由',
      '{{facts}}',
      '{{reasons}}',
      '三、处理意见',
      '{{outcome}}',
      '四、处理依据',
      '{{basis}}',
      '五、复查的途径和期限',
      '{{remedy}}',
      '特此告知。',
    ].join('\n'),
  },
  review_decision: {
    title: '信访事项复查意见书',
    code: '复查',
    addressee: 'petitioner',
    variables: REVIEW_VARIABLES,
    required: DECISION_REQUIRED,
    template: [
      '你不服{{previousOrg}}对“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}）作出的处理意见，于{{requestedDate}}向本机关请求复查。根据《信访工作条例》第三十五条的规定，本机关依法进行了复查，现将复查意见告知如下：',
      '一、复查请求',
      '{{request}}',
      '二、复查认定的事实和理由',
      '{{facts}}',
      '{{reasons}}',
      '三、复查意见',
      '{{outcome}}',
      '四、复查依据',
      '{{basis}}',
      '五、复核的途径和期限',
      '{{remedy}}',
      '特此告知。',
    ].join('\n'),
  },
  reexamination_decision: {
    title: '信访事项复核意见书',
    code: '复核',
    addressee: 'petitioner',
    variables: REVIEW_VARIABLES,
    required: DECISION_REQUIRED,
    template: [
      '你不服{{previousOrg}}对“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}）作出的复查意见，于{{requestedDate}}向本机关请求复核。根据《信访工作条例》第三十六条的规定，本机关依法进行了复核，现将复核意见告知如下：',
      '一、复核请求',
      '{{request}}',
      '二、复核认定的事实和理由',
      '{{facts}}',
      '{{reasons}}',
      '三、复核意见',
      '{{outcome}}',
      '四、复核依据',
      '{{basis}}',
      '五、复核意见的效力',
      '{{remedy}}',
      '特此告知。',
    ].join('\n'),
  },
  supervision_slip: {
    title: '信访事项督办单',
    code: '督',
    addressee: 'body',
    variables: [
      { name: 'toOrg', label: '被督办单位' },
      { name: 'proposals', label: '督办意见和建议' },
      { name: 'replyDueDate', label: '回复期限' },
    ],
    required: ['proposals', 'replyDueDate'],
    template: [
      '{{petitionerName}}反映的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}）由你单位办理。根据《信访工作条例》第四十条的规定，经督查，提出以下督办意见和建议：',
      '{{proposals}}',
      '请于{{replyDueDate}}前将办理情况和督办意见、建议的采纳情况书面回复本机关。',
    ].join('\n'),
  },
  // The visitor's copy of what a leader decided at a reception (接访、下访、约访), one per matter raised.
  reception_notice: {
    title: '领导接访告知书',
    code: '接访',
    addressee: 'petitioner',
    variables: [
      { name: 'receptionDate', label: '接访日期' },
      { name: 'receptionPlace', label: '接访地点' },
      { name: 'leaders', label: '接访领导' },
      { name: 'leaderDecision', label: '领导处理意见（当场解决的情况、交办的单位和期限，或应当通过的法定途径）' },
      { name: 'portalAddress', label: '网上查询地址' },
    ],
    required: ['petitionNumber', 'leaderDecision'],
    template: [
      '你于{{receptionDate}}在{{receptionPlace}}向{{leaders}}反映的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}），经领导当面听取，处理意见如下：',
      '{{leaderDecision}}',
      '你可以登录{{portalAddress}}，凭信访事项编号和查询码查询办理进展、评价办理结果。',
      '特此告知。',
    ].join('\n'),
  },
};

/** Every variable a template of this kind may use. */
export function variablesOf(kind: DocumentKind): VariableSpec[] {
  return [...COMMON_VARIABLES, ...KINDS[kind].variables];
}

/** Kinds addressed to the petitioner: those the public portal may show them (交办单 and 督办单 are between bodies). */
export const PETITIONER_KINDS: readonly DocumentKind[] = DOCUMENT_KINDS.filter((k) => KINDS[k].addressee === 'petitioner');

/** 诉访分离 (条例 Art. 31): what the petitioner is told to do, by declined route. */
export const ROUTE_PHRASES: Record<string, string> = {
  litigation: '依法向人民法院提起诉讼',
  arbitration: '依法向仲裁机构申请仲裁',
  labor_arbitration: '依法向劳动人事争议仲裁委员会申请仲裁',
  reconsideration: '依法申请行政复议',
  discipline: '向纪检监察机关反映',
  procuratorate: '依法向人民检察院提出',
  other: '通过其他法定途径解决',
};

/** 条例 Art. 32: the three outcomes of a written reply, as the decision states them. */
export const OUTCOME_SENTENCES: Record<Outcome, string> = {
  support: '你的请求事实清楚，符合法律、法规、规章或者其他有关规定，本机关予以支持。',
  explain: '你的请求事由合理但缺乏法律依据，本机关对此作出解释说明，请予理解。',
  reject: '你的请求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，本机关不予支持。',
};

/**
 * 条例 Arts. 35–36: what a 复查 or 复核 decision says of the decision under review (the handling decision, or the
 * 复查 decision), in its own words.
 */
export function reviewOutcomeSentence(outcome: ReviewOutcome, stage: 'review' | 'reexamination'): string {
  const under = stage === 'review' ? '原处理意见' : '复查意见';
  const redo = stage === 'review' ? '责令原办理机关重新办理，并书面答复你' : '责令原复查机关重新复查，并书面答复你';
  const sentences: Record<ReviewOutcome, string> = {
    uphold: `经审查，${under}认定事实清楚，适用依据正确，处理适当，本机关予以维持。`,
    revoke: `经审查，${under}认定事实不清或者适用依据错误，本机关予以撤销。`,
    vary: `经审查，${under}处理不当，本机关予以变更，按照本意见书认定的事实和理由处理。`,
    redo: `经审查，${under}认定事实不清或者处理不当，本机关予以撤销，${redo}。`,
  };
  return sentences[outcome];
}

/** The outcome as the decision of its stage states it. */
export function outcomeSentence(outcome: DecisionOutcome, stage: DecisionStage): string {
  // The database pairs each stage with its own outcomes (decisions_outcome_check).
  return stage === 'handling' ? OUTCOME_SENTENCES[outcome as Outcome] : reviewOutcomeSentence(outcome as ReviewOutcome, stage);
}

export const CHANNEL_LABELS: Record<string, string> = {
  online: '网上信访',
  letter: '来信',
  visit: '来访',
  phone: '来电',
  fax: '传真',
  email: '电子邮件',
  video: '视频',
  sms: '短信',
  wechat: '微信',
  hotline: '热线电话',
  mailbox: '领导信箱',
};

/** Values for the template preview: a plausible matter, so an administrator sees the whole document. */
export const SAMPLE_VALUES: Record<string, string> = {
  petitionNumber: 'LQXFJ2026000123',
  petitionTitle: '反映小区物业违规收取停车费问题',
  petitionerName: '王建华',
  receivedDate: '2026年11月2日',
  channel: '来访',
  issueDate: '2026年11月28日',
  orgAddress: '临朐县人民政府院内',
  orgPhone: '0536-3100000',
  queryCode: 'K7Q2M9',
  portalAddress: 'https://xinfang.example.gov.cn/portal',
  reason: '该事项属于人民法院受理范围。',
  route: ROUTE_PHRASES.litigation!,
  routeOrg: '潍坊市中级人民法院',
  finalNumber: 'LQXFJ2025000456',
  finalOrg: '潍坊市人民政府',
  finalDate: '2025年10月15日',
  toOrg: '临朐县住房和城乡建设局',
  petitionContent: '小区物业公司未经业主大会同意，占用公共道路划线收取停车费，请有关部门调查处理。',
  requirements: '请调查核实并依法处理，书面答复信访人。',
  dueDate: '2026年12月28日',
  days: '30',
  request: '请求物业公司停止违规收取停车费，退还已收取的费用。',
  facts: '经调查，物业公司未经业主大会同意，于2026年9月起占用小区公共道路划线收取停车费属实。',
  reasons: '小区公共道路属于业主共有，利用共有部分经营须经业主共同决定。',
  outcome: OUTCOME_SENTENCES.support!,
  basis: '《中华人民共和国民法典》第二百七十八条、第二百八十二条。',
  remedy: '如不服本处理意见，可以自收到本意见书之日起三十日内向临朐县人民政府请求复查。',
  reviewOrg: '临朐县人民政府',
  reviewDays: '三十',
  previousOrg: '临朐县住房和城乡建设局',
  requestedDate: '2026年11月20日',
  proposals: '请于十日内督促物业公司停止收费，并将处理情况书面答复信访人。',
  replyDueDate: '2026年12月10日',
  receptionDate: '2026年11月3日',
  receptionPlace: '临朐县信访接待中心',
  leaders: '陈志强',
  leaderDecision: '交由临朐县住房和城乡建设局办理，于2026年12月28日前办结并答复你：请住建局一周内核实处理。',
};

/** The kinds' titles for the English UI (the documents themselves are always issued in Chinese). */
export const KIND_TITLES_EN: Record<DocumentKind, string> = {
  receipt: 'Acknowledgement of receipt',
  acceptance_notice: 'Notice of acceptance',
  decline_notice: 'Notice of non-acceptance',
  final_notice: 'Notice of no further acceptance',
  forward_notice: 'Notice of referral',
  assignment_notice: 'Notice of assignment',
  assignment_slip: 'Assignment slip',
  extension_notice: 'Notice of extension',
  decision: 'Handling decision',
  review_decision: 'Review decision',
  reexamination_decision: 'Re-examination decision',
  supervision_slip: 'Supervision slip',
  reception_notice: 'Notice of a leader reception',
};

/** The variables' labels for the English UI, by name (a name means the same in every kind). */
export const VARIABLE_LABELS_EN: Record<string, string> = {
  petitionNumber: 'Petition number',
  petitionTitle: 'Petition title',
  petitionerName: "Petitioner's name (main petitioner)",
  receivedDate: 'Date the petition was received',
  channel: 'Channel (letter, visit, call, …)',
  orgName: 'Issuing body',
  issueDate: 'Date of issue',
  request: "The petitioner's request",
  facts: 'Facts established',
  reasons: 'Reasons',
  outcome: 'Outcome (supported, explained, not supported; on review: upheld, revoked, changed, redo ordered)',
  basis: 'Legal or policy basis',
  remedy: 'How and by when to contest it (re-examination: notice of finality)',
  reviewOrg: 'Body that accepts a review (re-examination) request',
  reviewDays: 'Days to request a review (re-examination)',
  previousOrg: 'Body of the original decision (review)',
  requestedDate: 'Date the review (re-examination) was requested',
  orgAddress: "Registering body's address",
  orgPhone: "Registering body's phone",
  queryCode: 'Query code (only on the receipt printed at registration or reissue; not kept in the filed copy)',
  portalAddress: 'Where to follow the petition online',
  reason: 'Reason',
  route: 'Statutory route to take',
  routeOrg: 'Body of that statutory route',
  finalNumber: 'Number of the concluded petition',
  finalOrg: 'Body of the re-examination decision',
  finalDate: 'Date of conclusion',
  toOrg: 'Receiving body',
  dueDate: 'Deadline',
  petitionContent: 'Petition content',
  requirements: 'Handling requirements',
  days: 'Days of extension',
  proposals: 'Supervision opinions and proposals',
  replyDueDate: 'Reply deadline',
  receptionDate: 'Date of the reception',
  receptionPlace: 'Place of the reception',
  leaders: 'Receiving leaders',
  leaderDecision: "The leader's decision (what was done, the body and deadline, or the statutory route)",
};
