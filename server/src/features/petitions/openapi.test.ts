import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';

const { app } = await createTestApp();

it('documents every registration operation in the OpenAPI document, with examples', async () => {
  const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  const ops = [
    ['post', '/api/petitions'],
    ['post', '/api/petitions/repeat-candidates'],
    ['get', '/api/petitions'],
    ['get', '/api/petitions/export'],
    ['get', '/api/petitions/{id}'],
    ['patch', '/api/petitions/{id}'],
    ['post', '/api/petitions/{id}/petitioners/{petitionerId}/unmask'],
    ['post', '/api/petitions/{id}/link-repeat'],
    ['post', '/api/petitions/{id}/merge'],
    ['post', '/api/petitions/{id}/unmerge'],
    ['post', '/api/petitions/{id}/reissue-code'],
    ['post', '/api/petitions/{id}/receipt'],
    ['post', '/api/petitions/{id}/receipt/pdf'],
    ['post', '/api/petitions/imports'],
    ['post', '/api/petitions/imports/demo'],
    ['get', '/api/petitions/imports/{id}'],
    ['post', '/api/attachments'],
    ['get', '/api/categories'],
    ['post', '/api/saved-filters'],
  ] as const;
  for (const [method, path] of ops) expect(doc.paths[path]?.[method]?.summary, `${method} ${path}`).toBeTruthy();
  const body = doc.paths['/api/petitions'].post.requestBody.content['application/json'];
  expect(JSON.stringify(body)).toContain('反映小区物业违规收取停车费问题');
  expect(JSON.stringify(doc.paths['/api/petitions/{id}'].patch.requestBody)).toContain('电话登记有误');
  // A correction names the version it was based on (409 version_conflict when stale).
  expect(doc.paths['/api/petitions/{id}'].patch.requestBody.content['application/json'].schema.required).toContain('version');
});
