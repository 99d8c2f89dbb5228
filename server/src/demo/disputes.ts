import { addDays, chinaDate } from '@xinfang/domain';
import { actorOfUser } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { authRepository } from '../features/auth/auth.repository.js';
import { createClocksService } from '../features/deadlines/clocks.service.js';
import { createDisputesService } from '../features/disputes/index.js';
import { createPetitionsService } from '../features/petitions/petitions.service.js';
import { createWorkflowService } from '../features/workflow/workflow.service.js';
import { workflowView } from '../features/workflow/workflow.view.js';
import { createSearchPlanner } from '../features/worklist/worklist.planner.js';
import { createWorklistService } from '../features/worklist/worklist.service.js';

/**
 * A few disputes of 五井东村 for the demo, each taken through the lifecycle's own actions by the grid worker: one just
 * registered, one in mediation, one settled by agreement with its follow-up visit set, one not settled, reported and
 * escalated to 五井镇, where it awaits being taken over.
 */
export async function demoDisputes(db: Database) {
  const clocks = createClocksService({ db });
  const petitions = createPetitionsService({ db, clocks, workflowView });
  const worklist = createWorklistService({ db, clocks, planner: createSearchPlanner() });
  const workflow = createWorkflowService({ db, petitions, worklist, clocks });
  const disputes = createDisputesService({ db, clocks, petitions, workflow, escalation: 'stepwise' });
  const user = await authRepository.findUserByUsername(db, 'grid');
  if (!user) return;
  const grid = actorOfUser(user, { ip: 'demo', requestId: 'demo-disputes' });
  const today = chinaDate(new Date());
  const base = { regionCode: '370724101265', source: 'visit' as const }; // 五井东村
  const step = async (id: number, action: Parameters<typeof disputes.act>[2], body: Record<string, unknown>) => {
    const { version } = await disputes.detail(grid, id);
    return (await disputes.act(grid, id, action, { version, ...body } as never)).dispute;
  };

  await disputes.register(grid, {
    ...base,
    kind: 'homestead',
    title: '翻建房屋宅基地东侧界址纠纷',
    facts: '两户相邻村民因一方翻建房屋，对宅基地东侧界址存在争议，已发生口角。',
    address: '五井东村东街',
    foundOn: addDays(today, -2),
    parties: [
      { kind: 'person', name: '王某田', phone: null, address: '五井东村东街 8 号', claim: '按原有界址翻建', orgId: null },
      { kind: 'person', name: '孙某兰', phone: null, address: '五井东村东街 10 号', claim: '界址以东墙外沿为准', orgId: null },
    ],
  });

  const neighbour = await disputes.register(grid, {
    ...base,
    kind: 'neighbour',
    title: '雨季排水引发的邻里纠纷',
    facts: '前排住户院内积水排向后排住户门前，双方多次争吵。',
    address: '五井东村南街',
    foundOn: addDays(today, -6),
    parties: [
      { kind: 'person', name: '赵某强', phone: null, address: null, claim: '对方改道排水', orgId: null },
      { kind: 'person', name: '钱某军', phone: null, address: null, claim: '共同出资修排水沟', orgId: null },
    ],
  });
  const mediating = await step(neighbour.id, 'mediate', { mediators: ['刘春梅', '五井东村人民调解委员会 李某'] });
  await step(neighbour.id, 'recordSession', {
    heldOn: today,
    place: '五井东村调解室',
    mediators: ['刘春梅'],
    partyIds: mediating.partyList.map((p) => p.id),
    note: '双方同意实地查看后再议排水沟走向。',
  });

  const wages = await disputes.register(grid, {
    ...base,
    kind: 'wages',
    title: '村内养殖场拖欠雇工工资',
    facts: '养殖场经营者拖欠三名雇工两个月工资共计一万二千元。',
    address: '五井东村西岭养殖场',
    foundOn: addDays(today, -10),
    parties: [
      { kind: 'person', name: '周某平', phone: null, address: null, claim: '支付拖欠工资', orgId: null },
      { kind: 'body', name: '五井东村某养殖场', phone: null, address: null, claim: '分两期支付', orgId: null },
    ],
  });
  const w = await step(wages.id, 'mediate', { mediators: ['刘春梅'] });
  await step(wages.id, 'agree', {
    concludedOn: today,
    terms: '养殖场于本月底前支付六千元，下月底前付清余款。',
    performance: '现金或转账支付，村委会见证。',
    partyIds: w.partyList.map((p) => p.id),
    mediators: ['刘春梅'],
    scanId: null,
    followUpOn: addDays(today, 7),
  });

  const forest = await disputes.register(grid, {
    ...base,
    kind: 'forest_boundary',
    title: '两村交界处山林权属纠纷',
    facts: '五井东村与邻村村民对交界处一片山林的承包经营权各执一词，涉及林地约二十亩。',
    address: '五井东村北山',
    foundOn: addDays(today, -20),
    parties: [
      { kind: 'person', name: '吴某林', phone: null, address: null, claim: '确认其承包经营权', orgId: null },
      { kind: 'person', name: '郑某山', phone: null, address: null, claim: '按原有林权证划界', orgId: null },
    ],
  });
  await step(forest.id, 'mediate', { mediators: ['刘春梅'] });
  await step(forest.id, 'disagree', { legalRoute: 'litigation', reason: '涉及两村林权证四至不一致，村内无法调处。' });
  await step(forest.id, 'report', {
    facts: '双方林权证四至描述不一致，现场无界桩。',
    tried: '组织调解一次，查阅林权档案。',
    reason: '权属界线须由镇政府组织林业站确认。',
    suggestion: '建议五井镇组织林业站现场勘界后调解。',
  });
  await step(forest.id, 'escalate', { toOrgId: null, reason: '村内无法化解，报请镇政府处理。' });
}
