import { expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';

const { app } = await createTestApp();

/** Answers that are files, not JSON: their types are not generated. */
const FILES = [
  'GET /api/orgs/import/template',
  'GET /api/documents/{id}/file',
  'POST /api/petitions/{id}/receipt/pdf',
  'POST /api/document-templates/{kind}/preview',
  'GET /api/attachments/{id}/content',
  'GET /api/petitions/export',
  'GET /api/public/documents/{id}/file',
  'GET /api/stats/bodies.xlsx',
  'GET /api/stats/reports/{id}/file',
  'GET /api/public/reception/{orgId}/calendar.ics',
  'GET /api/duty/roster.xlsx',
  'GET /api/reception/compliance.xlsx',
  'GET /api/reception/compliance.docx',
  'GET /api/disputes/{id}/agreement.docx',
  'GET /api/disputes/{id}/reports/{reportId}.docx',
  'GET /api/dispute-stats.xlsx',
  'GET /api/dispute-stats.docx',
];

it('declares the JSON answer of every operation, so the web types generated from the document are faithful', async () => {
  const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    components: { schemas: Record<string, unknown> };
  };
  const undeclared: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) {
      const name = `${method.toUpperCase()} ${path}`;
      const success = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
      const json = success.some(([code, r]) => code === '204' || r.content?.['application/json']?.schema);
      if (!json && !FILES.includes(name)) undeclared.push(name);
    }
  expect(undeclared).toEqual([]);
  // The answers the web names are components, each once (no unused input twins).
  expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PetitionDetail', 'Workflow', 'StatsOverview']));
  expect(Object.keys(doc.components.schemas).filter((n) => n.endsWith('Input'))).toEqual([]);
});
