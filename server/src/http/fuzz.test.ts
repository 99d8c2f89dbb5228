import { type Role, permissionsOf } from '@xinfang/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Access } from '../auth/permissions.js';
import { createTestApp } from '../test/app.js';
import { buildOrgTree, loginAs, petitionInput, type Session } from '../test/factories.js';

/**
 * The route fuzzer: every operation of the OpenAPI document gets generated bad values in its path parameters,
 * query string and body, sent as signed-in users of each role that may call it (anonymously for public routes). Any
 * 5xx fails, naming the route and the input. FUZZ_RUNS (requests per route, default 12) and FUZZ_SEED make longer
 * or other runs: `npm run fuzz` (500 per route; docs/PERFORMANCE.md).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

const { app, db } = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '100000', PORTAL_RATE_LIMIT_PER_MINUTE: '100000' });
const tree = await buildOrgTree(db);
/** Every role, each signed in at a body of its kind: a route is tried as each role its access lets in. */
const ROLE_ORDER: Role[] = ['admin', 'registrar', 'handler', 'supervisor', 'leader', 'auditor'];
const homes: Record<Role, typeof tree.county> = {
  admin: tree.county,
  registrar: tree.bureau,
  handler: tree.department,
  supervisor: tree.bureau,
  leader: tree.county,
  auditor: tree.county,
};
const sessions = new Map<Role, Session & { userId: number }>();
for (const role of ROLE_ORDER) sessions.set(role, await loginAs(app, db, homes[role], [role]));

/** Real ids, so that some requests get past "not found" into the handlers' rules. */
const registrar = sessions.get('registrar')!;
const registered = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
expect(registered.statusCode, registered.body).toBe(201);
const petitionId = registered.json().petition.id as number;
const KNOWN_IDS = [petitionId, tree.county.id, tree.bureau.id, tree.department.id, sessions.get('handler')!.userId, 1];

// ---- bad values ----
const hugeInts = fc.constantFrom(
  2 ** 31,
  2 ** 31 - 1,
  99999999999,
  2 ** 53,
  2 ** 63,
  1e21,
  1e308,
  -1,
  0,
  -(2 ** 31) - 1,
  1.5,
  Number.MIN_VALUE,
);
const badStrings = fc.oneof(
  fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfffy', '\ud83d', '', ' ', 'null', 'undefined', 'NaN', 'Infinity', '-0', '1e999'),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '0001-01-01',
    '9999-12-31',
    '2026-02-29T25:61:00Z',
    '+275760-09-13T00:00:00Z',
    '-271821-04-20',
  ),
  fc.constantFrom('99999999999', '2147483648', '-1', '0x10', '1;drop table users', "' or 1=1 --", '../../etc/passwd', '%00', '<script>'),
  fc.constantFrom('字'.repeat(5000), 'a'.repeat(70_000)),
  fc.string({ maxLength: 20, unit: 'binary' }),
);
const nested = (depth: number): unknown => (depth === 0 ? {} : { a: nested(depth - 1) });
const wrongTypes = fc.constantFrom<unknown>(null, true, false, [], [[]], {}, { '': '' }, nested(60), [1, 'a', null], '{}', 0);
const badValue: fc.Arbitrary<unknown> = fc.oneof(hugeInts, badStrings, wrongTypes);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
};

/** A plausible value for a schema (so that the other, bad, fields are the ones the server must catch). */
function plausible(s: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 4) return fc.constant('x');
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf ?? s.allOf;
  if (union?.length) return fc.oneof(...union.map((u) => plausible(u, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'integer':
    case 'number':
      return fc.oneof(fc.constantFrom(...KNOWN_IDS), fc.integer({ min: s.minimum ?? -5, max: Math.min(s.maximum ?? 100, 1e6) }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fuzzed(s.items, depth + 1), { maxLength: 3 });
    case 'object':
      return fuzzedObject(s, depth + 1);
    // Strings, and a schema that names no type.
    case undefined:
    default:
      if (s.format === 'date-time') return fc.constantFrom(new Date().toISOString(), '2026-03-01T08:00:00+08:00', '2026-02-30T08:00:00Z');
      return fc.constantFrom('测试', 'abc', '2026-03-01', '2026-02-30', '13812345678', '370724', 'appeal', 'online', String(petitionId));
  }
}

/** Mostly plausible, sometimes bad: the mix that walks furthest into the handlers. */
function fuzzed(s: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible(s, depth), weight: 3 }, { arbitrary: badValue, weight: 1 });
}

function fuzzedObject(s: JsonSchema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(s.properties ?? {});
  if (!props.length) return fc.constant({});
  const shape = Object.fromEntries(props.map(([k, v]) => [k, fuzzed(v, depth)]));
  return fc.record(shape, { requiredKeys: (s.required ?? []).filter((k) => k in shape) });
}

/** Every byte percent-encoded, so NUL and broken UTF-8 reach the server as sent. */
const encode = (v: unknown) =>
  [...Buffer.from(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

// ---- the routes ----
type Parameter = { in: 'path' | 'query'; name: string; schema?: JsonSchema; required?: boolean };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
const accessOf = new Map(app.routeTable.map((r) => [`${r.method} ${r.url}`, r.access]));

/** Routes that take nothing to vary and only start heavy work (a 600-petition import) are left out. */
const SKIPPED = new Set(['POST /api/petitions/imports/demo']);

type Route = { method: string; path: string; op: Operation; access: Access; kind: 'public' | 'staff'; multipart: boolean };
const routes: Route[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => {
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      const access = accessOf.get(key);
      if (!access) throw new Error(`no access declared for ${key}`);
      // Upload routes declare `consumes: multipart/form-data` without a body schema.
      const multipart = method === 'post' && /\/(import|imports|attachments)$/.test(path);
      return { method: method.toUpperCase(), path, op, access, kind: 'public' in access ? 'public' : 'staff', multipart } as Route;
    })
    .filter((r) => !SKIPPED.has(`${r.method} ${r.path}`)),
);

/** Who calls a route: anonymous for public ones, else each role that may (so one route is tried as several). */
function callersOf(r: Route): (Role | null)[] {
  if ('public' in r.access) return [null];
  if ('authenticated' in r.access) return ROLE_ORDER;
  const needed = 'anyOf' in r.access ? r.access.anyOf : [r.access.permission];
  return ROLE_ORDER.filter((role) => needed.some((p) => permissionsOf([role], homes[role].parent_id === null).includes(p)));
}

/** A multipart body: whole, cut off, or without a boundary, with an odd file name now and then. */
const multipartBody = fc
  .tuple(fc.constantFrom('whole', 'cut', 'noboundary'), fc.constantFrom('a.png', 'a\u0000.csv', 'x.xlsx', 'y.jsonl', ''), badStrings)
  .map(([shape, filename, field]) => {
    const head = `--fz\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${field}\r\n--fz\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`;
    const content = '编号,标题\r\n1,\u0000\r\n';
    const payload = shape === 'cut' ? head + content.slice(0, 5) : `${head}${content}\r\n--fz--\r\n`;
    return { payload, contentType: shape === 'noboundary' ? 'multipart/form-data' : 'multipart/form-data; boundary=fz' };
  });

type Request = { url: string; payload?: string; contentType?: string };

function requestFor(r: Route): fc.Arbitrary<Request> {
  const params = r.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const path = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, fuzzed(p.schema)])));
  const query = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, fuzzed(p.schema)])), { requiredKeys: [] });
  const json = r.op.requestBody?.content?.['application/json']?.schema;
  const body: fc.Arbitrary<Pick<Request, 'payload' | 'contentType'>> = r.multipart
    ? multipartBody
    : json
      ? fc
          .oneof({ arbitrary: fuzzedObject(json), weight: 4 }, { arbitrary: badValue, weight: 1 })
          .map((v) => ({ payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' }))
      : fc.constant({});
  return fc.tuple(path, query, body).map(([p, q, b]) => {
    const url = r.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(p[name]));
    const qs = Object.entries(q)
      .map(([k, v]) => `${k}=${encode(v)}`)
      .join('&');
    return { url: qs ? `${url}?${qs}` : url, ...b };
  });
}

/** Error codes that mean the request never reached its route's validation or handler. */
const STOPPED = new Set(['unauthenticated', 'csrf_invalid', 'forbidden', 'password_change_required', 'rate_limited']);

describe('route fuzzer', () => {
  it(`answers ${RUNS} generated bad requests per route without a single 5xx`, async () => {
    expect(routes.length).toBeGreaterThan(80);
    const failures: string[] = [];
    const reached: Record<string, { sent: number; validated: number; handled: number }> = {};
    for (const r of routes) {
      const callers = callersOf(r);
      expect(callers.length, `${r.method} ${r.path}: no role may call it`).toBeGreaterThan(0);
      const cls = `${r.kind} ${r.method === 'GET' ? 'read' : 'write'}${r.multipart ? ' upload' : ''}`;
      const count = (reached[cls] ??= { sent: 0, validated: 0, handled: 0 });
      await fc.assert(
        fc.asyncProperty(requestFor(r), fc.constantFrom(...callers), async (req, role) => {
          let session = role ? sessions.get(role)! : null;
          const send = () =>
            app.inject({
              method: r.method as 'GET',
              url: req.url,
              headers: {
                ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
                ...(req.contentType ? { 'content-type': req.contentType } : {}),
              },
              ...(req.payload !== undefined ? { payload: req.payload } : {}),
            });
          let res = await send();
          if (role && res.statusCode === 401) {
            // The fuzzer itself may have logged this user out or deactivated them: sign in again.
            await db
              .updateTable('users')
              .set({ active: true, locked_until: null, failed_logins: 0 })
              .where('id', '=', session!.userId)
              .execute();
            session = { ...(await loginAs(app, db, homes[role], [role])) };
            sessions.set(role, session as Session & { userId: number });
            res = await send();
          }
          count.sent++;
          const code = res.statusCode >= 400 ? (res.json() as { error?: { code?: string } }).error?.code : undefined;
          if (!code || !STOPPED.has(code)) count.validated++;
          if (res.statusCode < 400 || (code && code !== 'validation_failed' && !STOPPED.has(code))) count.handled++;
          if (res.statusCode >= 500)
            failures.push(`${r.method} ${req.url} ${req.payload?.slice(0, 300) ?? ''} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          return true;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    // The fuzzer must reach the routes, not bounce off sign-in or CSRF: most requests of every class are validated,
    // and some get past validation into the handlers' own rules.
    for (const [cls, n] of Object.entries(reached)) {
      expect(n.validated, `${cls}: ${JSON.stringify(n)}`).toBeGreaterThan(n.sent * 0.8);
      expect(n.handled, `${cls}: ${JSON.stringify(n)}`).toBeGreaterThan(0);
    }
    expect(Object.keys(reached).sort()).toEqual(
      expect.arrayContaining(['public read', 'public write', 'public write upload', 'staff read', 'staff write', 'staff write upload']),
    );
  }, 300_000);
});
