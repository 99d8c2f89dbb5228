import ExcelJS from 'exceljs';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { CHANNEL_ZH, STATUS_ZH, TYPE_ZH, chinaDate, dueShort } from '@xinfang/domain';
import type { ListQuery } from './worklist.schema.js';
import type { WorklistService } from './worklist.service.js';

/** The most rows one export holds; a larger list must be narrowed first. */
export const EXPORT_LIMIT = 20_000;

/** Exports the current work list to Excel through the same visibility and masking as the screen. */
export function createWorklistExport({ db, worklist }: { db: Database; worklist: WorklistService }) {
  return {
    async export(actor: Actor, query: ListQuery): Promise<Buffer> {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('信访事项');
      sheet.columns = [
        { header: '编号', key: 'number', width: 20 },
        { header: '标题', key: 'title', width: 40 },
        { header: '信访形式', key: 'channel', width: 10 },
        { header: '类别', key: 'type', width: 10 },
        { header: '状态', key: 'status', width: 10 },
        { header: '收到日期', key: 'received', width: 12 },
        { header: '办理期限', key: 'due', width: 18 },
        { header: '登记机构', key: 'org', width: 22 },
        { header: '问题分类', key: 'category', width: 30 },
        { header: '问题属地', key: 'place', width: 24 },
        { header: '主要信访人', key: 'petitioner', width: 12 },
        { header: '联系电话', key: 'phone', width: 14 },
        { header: '人数', key: 'persons', width: 6 },
        { header: '标记', key: 'flags', width: 24 },
      ];
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      let cursor: string | undefined;
      let count = 0;
      do {
        const page = await worklist.list(actor, { ...query, cursor, limit: 200 });
        for (const p of page.items) {
          const f = p.flags;
          const marks = [
            f.group && '集体访',
            f.repeat && '重复件',
            f.firstTime && '本机构初次',
            f.merged && '合并件',
            f.skipLevel && '越级',
            f.litigation && '涉法涉诉',
            f.majorUrgent && '重大紧急',
            f.confidential && '保密',
            f.anonymous && '匿名',
          ];
          sheet.addRow({
            number: p.number,
            title: p.title,
            channel: CHANNEL_ZH[p.channel],
            type: TYPE_ZH[p.type],
            status: STATUS_ZH[p.status],
            received: chinaDate(p.receivedAt),
            due: p.deadline ? `${p.deadline.label} ${dueShort(p.deadline.dueAt)}` : '',
            org: p.org.name,
            category: p.category?.path.replaceAll('/', ' / ') ?? '',
            place: p.placeRegionName ?? '',
            petitioner: p.mainPetitioner?.name ?? (f.anonymous ? '匿名' : ''),
            phone: p.mainPetitioner?.phone ?? '',
            persons: p.personsCount,
            flags: marks.filter(Boolean).join('、'),
          });
        }
        count += page.items.length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor && count < EXPORT_LIMIT);
      await db.transaction().execute((trx) =>
        auditService.record(trx, actor, {
          action: 'petition.exported',
          objectType: 'petition_list',
          objectId: null,
          orgId: actor.orgId,
          after: { count, filter: { ...query, cursor: undefined } },
        }),
      );
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type WorklistExport = ReturnType<typeof createWorklistExport>;
