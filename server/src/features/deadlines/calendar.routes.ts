import { DEADLINE_GRADES, CLOCK_UNITS } from '@xinfang/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { actorOf } from '../../http/access.js';
import { readUpload } from '../../http/multipart.js';
import { readRecords } from '../../shared/tabular.js';
import { dateString, instant, UNSTORABLE_MESSAGE, unstorablePath } from '../../shared/validators.js';
import type { CalendarService } from './calendar.service.js';

const authenticated = { access: { authenticated: true } } as const;
const manage = { access: { permission: 'calendar.manage' } } as const;
const yearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
const dayDto = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() });
const yearDto = z.object({
  year: z.number(),
  source: z.enum(['package', 'entered']).nullable(),
  notice: z.string().nullable(),
  days: z.array(dayDto),
});
const dayInput = z.strictObject({
  date: dateString,
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(1, '请填写节日名称').max(20),
});
const setYearBody = z.strictObject({
  notice: z.string().trim().min(4, '请填写国务院办公厅通知的文号或标题').max(200),
  days: z.array(dayInput).max(120),
});
const KIND_WORDS: Record<string, 'holiday' | 'workday'> = {
  holiday: 'holiday',
  workday: 'workday',
  放假: 'holiday',
  休息: 'holiday',
  节假日: 'holiday',
  上班: 'workday',
  调休上班: 'workday',
  补班: 'workday',
};

/** 节假日 (holiday calendar) and 时限策略 (policy packs). */
export function calendarRoutes(calendar: CalendarService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/calendar/status',
      {
        config: authenticated,
        schema: {
          tags: ['calendar'],
          summary: '节假日数据覆盖的年份；缺少当年或下一年时须由管理员录入',
          response: {
            200: z.object({
              packageYears: z.array(z.number()),
              enteredYears: z.array(z.object({ year: z.number(), notice: z.string(), enteredAt: z.date() })),
              missingYears: z.array(z.number()),
            }),
          },
        },
      },
      async () => calendar.status(),
    );

    app.get(
      '/calendar/years/:year',
      {
        config: authenticated,
        schema: { tags: ['calendar'], summary: '某年的放假和调休上班日', params: yearParams, response: { 200: yearDto } },
      },
      async (request) => calendar.year(request.params.year),
    );

    app.put(
      '/calendar/years/:year',
      {
        config: manage,
        schema: {
          tags: ['calendar'],
          summary: '按国务院办公厅通知录入某年的放假和调休安排（整体替换）',
          params: yearParams,
          body: setYearBody,
          'x-examples': {
            body: [
              {
                notice: '国务院办公厅关于2027年部分节假日安排的通知',
                days: [
                  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
                  { date: '2027-02-06', kind: 'workday', name: '春节' },
                ],
              },
            ],
          },
          response: { 200: yearDto },
        },
      },
      async (request) => calendar.setYear(actorOf(request), request.params.year, request.body.notice, request.body.days),
    );

    app.post(
      '/calendar/years/:year/import',
      {
        config: manage,
        schema: {
          tags: ['calendar'],
          summary: '从 CSV 或 Excel（列：日期、类型[放假/上班]、名称）录入某年安排；字段 notice 为通知文号',
          params: yearParams,
          consumes: ['multipart/form-data'],
          response: { 200: yearDto },
        },
      },
      async (request) => {
        const { file, fields } = await readUpload(request);
        const notice = fields.notice ?? '';
        if (!file) throw new AppError('validation_failed', { fields: [{ path: 'file', message: '请选择文件' }] });
        const records = await readRecords(file.content, file.filename).catch(() => {
          throw new AppError('import_file_unreadable');
        });
        const rows = records.map((r) => ({
          date: (r['日期'] ?? r.date ?? '').trim().replaceAll('/', '-'),
          kind: KIND_WORDS[(r['类型'] ?? r.kind ?? '').trim()] ?? r['类型'] ?? r.kind ?? '',
          name: (r['名称'] ?? r.name ?? '').trim(),
        }));
        const unstorable = unstorablePath(rows);
        if (unstorable !== null) {
          const [index, field] = unstorable.split('.');
          throw new AppError('import_invalid', { rows: [{ row: Number(index) + 2, field, message: UNSTORABLE_MESSAGE }] });
        }
        const parsed = setYearBody.safeParse({ notice, days: rows });
        if (!parsed.success) {
          throw new AppError('import_invalid', {
            rows: parsed.error.issues.map((i) => ({
              row: typeof i.path[1] === 'number' ? i.path[1] + 2 : 0,
              field: String(i.path.at(-1) ?? ''),
              message: i.message,
            })),
          });
        }
        return calendar.setYear(actorOf(request), request.params.year, parsed.data.notice, parsed.data.days);
      },
    );

    app.post(
      '/calendar/preview',
      {
        config: authenticated,
        schema: {
          tags: ['calendar'],
          summary: '试算期限：从某时刻起若干自然日、工作日或小时的到期时间与预警等级',
          body: z.strictObject({
            start: instant,
            length: z.number().int().min(1).max(3650),
            unit: z.enum(CLOCK_UNITS),
            extendOverDaysOff: z.boolean().default(true),
          }),
          response: {
            200: z.object({
              dueAt: z.date(),
              provisional: z.boolean(),
              unknownYears: z.array(z.number()),
              grade: z.enum(DEADLINE_GRADES),
              remainingMs: z.number(),
            }),
          },
        },
      },
      async (request) => calendar.preview(request.body.start, request.body.length, request.body.unit, request.body.extendOverDaysOff),
    );

    app.get(
      '/policies',
      {
        config: authenticated,
        schema: {
          tags: ['calendar'],
          summary: '时限策略包（各时钟的起止事件、时长、单位和依据）',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  description: z.string(),
                  extendOverDaysOff: z.boolean(),
                  clocks: z.record(
                    z.string(),
                    z.object({
                      label: z.string(),
                      length: z.number(),
                      unit: z.string(),
                      startsOn: z.array(z.string()),
                      stopsOn: z.array(z.string()),
                      pausedBy: z.array(z.string()).optional(),
                      maxExtension: z.number().optional(),
                      basis: z.string(),
                    }),
                  ),
                }),
              ),
            }),
          },
        },
      },
      async () => ({ items: calendar.packs() }),
    );
  };
}
