import { DISPUTE_KIND_ZH, DISPUTE_PARTY_KIND_ZH, longDate } from '@xinfang/domain';
import { Packer, type FileChild } from 'docx';
import { officialDocument } from '../documents/index.js';
import { body, heading1, signature, table, titleBlock } from '../reports/index.js';
import type { DisputeDto } from './disputes.schema.js';

const partyLine = (p: DisputeDto['partyList'][number]) =>
  `${p.kind === 'body' ? '单位' : '当事人'}：${p.name}${p.address ? `，住所：${p.address}` : ''}${p.phone ? `，联系电话：${p.phone}` : ''}。`;

/**
 * 人民调解协议书 (人民调解法 Art. 29, the Ministry of Justice's model): the parties, the dispute and what each asked,
 * the terms agreed, how and when they are performed, the signatures of the parties who signed and of the mediators,
 * the mediating body and the date. Printed for signing; the signed scan is kept with the dispute.
 */
export async function agreementDocx(d: DisputeDto): Promise<Buffer> {
  const a = d.agreement!;
  const signed = d.partyList.filter((p) => a.signedBy.includes(p.name));
  const children: FileChild[] = [
    ...titleBlock('人民调解协议书', `编号：${d.number}`),
    ...signed.map((p) => body(partyLine(p))),
    heading1('一、纠纷简要情况'),
    body(`纠纷类型：${DISPUTE_KIND_ZH[d.kind]}。${d.facts}`),
    ...signed.map((p) => body(`${p.name}的请求：${p.claim}`)),
    heading1('二、经调解，自愿达成如下协议'),
    ...a.terms.split(/\n+/).map((t) => body(t)),
    heading1('三、履行方式、时限'),
    body(a.performance),
    body(
      `本协议自各方当事人签名（盖章）、调解员签名并加盖人民调解委员会印章之日起生效。本协议一式${signed.length + 1}份，当事人各执一份，人民调解委员会留存一份。` +
        `当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。${d.org.name}将于${longDate(a.followUpOn)}前后回访协议履行情况。`,
    ),
    heading1('当事人签名（盖章）'),
    table(
      ['当事人', '类别', '签名（盖章）', '日期'],
      signed.map((p) => [p.name, DISPUTE_PARTY_KIND_ZH[p.kind], '', '']),
      [3, 1, 3, 2],
    ),
    body(`调解员（签名）：${a.mediators.join('、')}`),
    ...signature(`${d.org.name}（人民调解委员会印章）`, longDate(a.concludedOn)),
  ];
  return Packer.toBuffer(officialDocument({ creator: d.org.name, title: '人民调解协议书', subject: d.number }, children));
}

/**
 * 处理报告: what a body that could not settle a dispute found, tried and why not; its suggestion. The resident may take
 * it to the township or county; the escalation carries it up.
 */
export async function reportDocx(d: DisputeDto, reportId: number): Promise<Buffer | null> {
  const r = d.reports.find((x) => x.id === reportId);
  if (!r) return null;
  const children: FileChild[] = [
    ...titleBlock('矛盾纠纷处理报告', `（${d.number}）`),
    body(`${d.title}。纠纷类型：${DISPUTE_KIND_ZH[d.kind]}；发生地点：${d.address}；发现日期：${longDate(d.foundOn)}。`),
    body(`当事人：${d.partyList.map((p) => `${p.name}（诉求：${p.claim}）`).join('；')}。`),
    heading1('一、查明的事实'),
    body(r.facts),
    heading1('二、已做的调处工作'),
    body(r.tried),
    ...(d.sessions.length
      ? [body(`共组织调解${d.sessions.length}次：${d.sessions.map((s) => `${longDate(s.heldOn)}在${s.place}`).join('；')}。`)]
      : []),
    heading1('三、未能化解的原因'),
    body(r.reason),
    heading1('四、处理建议'),
    body(r.suggestion),
    body('当事人可以持本报告向上级单位反映，也可以随时依法向乡镇（街道）、县级信访工作机构提出信访事项，提出信访事项不以本报告为前提。'),
    ...signature(r.org.name, longDate(r.issuedOn)),
  ];
  return Packer.toBuffer(officialDocument({ creator: r.org.name, title: '矛盾纠纷处理报告', subject: d.number }, children));
}
