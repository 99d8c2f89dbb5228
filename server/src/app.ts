import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.js';
import { checkpointStore } from './audit/audit.checkpoints.js';
import { auditService } from './audit/audit.service.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { AppError } from './errors.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { createAuthService } from './features/auth/auth.service.js';
import { healthRoutes } from './features/health/health.routes.js';
import { orgsRoutes } from './features/orgs/orgs.routes.js';
import { createOrgsService } from './features/orgs/orgs.service.js';
import { regionsRoutes } from './features/regions/regions.routes.js';
import { usersRoutes } from './features/users/users.routes.js';
import { createUsersService } from './features/users/users.service.js';
import { attachmentsRoutes } from './features/attachments/attachments.routes.js';
import { createAttachmentsService } from './features/attachments/attachments.service.js';
import { createFileStore } from './features/attachments/attachments.storage.js';
import { assistRoutes, createAssistService, recordAssistLabels } from './features/assist/index.js';
import { categoriesRoutes } from './features/categories/categories.routes.js';
import { createCategoriesService } from './features/categories/categories.service.js';
import { petitionsRoutes } from './features/petitions/petitions.routes.js';
import {
  createDisputeStatsService,
  createDisputeSummariesService,
  createDisputesService,
  createMeetingsService,
  disputeMeetingsRoutes,
  disputeStatsRoutes,
  disputesRoutes,
  mediationHandover,
} from './features/disputes/index.js';
import { createPetitionsService } from './features/petitions/petitions.service.js';
import { savedFiltersRoutes } from './features/saved-filters/saved-filters.routes.js';
import { createReceptionBookingsService } from './features/reception/reception.bookings.js';
import { createReceptionComplianceService } from './features/reception/reception.compliance.js';
import { receptionComplianceRoutes } from './features/reception/reception.compliance.routes.js';
import { bookingPublicRoutes, deskRoutes } from './features/reception/reception.bookings.routes.js';
import { createReceptionDeskService } from './features/reception/reception.desk.js';
import { createDutyService } from './features/reception/reception.duty.js';
import { dutyRoutes } from './features/reception/reception.duty.routes.js';
import { createReceptionPlansService } from './features/reception/reception.plans.js';
import { createReceptionPublicService } from './features/reception/reception.public.js';
import { createReceptionRecordsService } from './features/reception/reception.records.js';
import { receptionRecordsRoutes } from './features/reception/reception.records.routes.js';
import { receptionPublicRoutes, receptionRoutes } from './features/reception/reception.routes.js';
import { createReceptionSetupService } from './features/reception/reception.service.js';
import { createSavedFiltersService } from './features/saved-filters/saved-filters.service.js';
import { importsRoutes } from './features/imports/imports.routes.js';
import { createImportsService } from './features/imports/imports.service.js';
import { calendarRoutes } from './features/deadlines/calendar.routes.js';
import { createCalendarService } from './features/deadlines/calendar.service.js';
import { policyPacks } from './features/deadlines/policies.js';
import { createClocksService } from './features/deadlines/clocks.service.js';
import { workflowRoutes } from './features/workflow/workflow.routes.js';
import { createWorkflowService } from './features/workflow/workflow.service.js';
import { workflowView } from './features/workflow/workflow.view.js';
import { createWorklistExport } from './features/worklist/worklist.export.js';
import { createSearchPlanner } from './features/worklist/worklist.planner.js';
import { worklistRoutes } from './features/worklist/worklist.routes.js';
import { createWorklistService } from './features/worklist/worklist.service.js';
import { documentsRoutes } from './features/documents/documents.routes.js';
import { portalAddressOf } from './features/documents/documents.render.js';
import { createDocumentsService } from './features/documents/documents.service.js';
import { notificationsRoutes } from './features/notifications/notifications.routes.js';
import { createNotificationsService } from './features/notifications/notifications.service.js';
import { portalRoutes } from './features/portal/portal.routes.js';
import { createStatsExport } from './features/stats/stats.export.js';
import { statsRoutes } from './features/stats/stats.routes.js';
import { createStatsService } from './features/stats/stats.service.js';
import { statsReportRoutes } from './features/reports/reports.routes.js';
import { createStatsReportService } from './features/reports/reports.service.js';
import { createPortalService } from './features/portal/portal.service.js';
import { accessPlugin } from './http/access.js';
import { inProcessQueue, type JobQueue } from './jobs/queue.js';
import { registerErrorHandler } from './http/error-handler.js';
import { idempotencyPlugin, pruneIdempotencyKeys } from './http/idempotency.js';
import { registerInputGuard } from './http/input-guard.js';
import { portalFirstScreen, portalLanguageOf } from './http/portal-page.js';
import { withComponents, withExamples } from './http/openapi.js';
import { securityHeaders } from './http/security-headers.js';
import { answerCompression, webFileOptions } from './http/web-files.js';

/** Builds the HTTP application on a database; used by main.ts and by the tests. */
export async function buildApp({
  config,
  db,
  jobs = inProcessQueue(() => undefined),
}: {
  config: Config;
  db: Database;
  jobs?: JobQueue;
}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  await app.register(securityHeaders, { config });
  // Before compression: the answer a retry replays is stored as the route gave it.
  await app.register(idempotencyPlugin, { db, secret: config.sessionSecret });
  await jobs.register('idempotency.prune', async () => void (await pruneIdempotencyKeys(db)));
  await jobs.schedule('idempotency.prune', '41 * * * *');
  await app.register(answerCompression);
  // A request's audit rows are in the chain before it answers: whoever reads the trail next sees them.
  app.addHook('onSend', async (request) => {
    if (auditService.recordedDuring(request.id))
      await auditService.link(db).catch((err: unknown) => request.log.error({ err }, 'audit linking failed'));
  });
  const stopLinker = auditService.startLinker(db, (m) => app.log.error(m));
  app.addHook('onClose', stopLinker);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerInputGuard(app);

  const auth = createAuthService({ db, config });
  await jobs.register('sessions.purge', async () => void (await auth.purgeSessions()));
  await jobs.schedule('sessions.purge', '17 * * * *');
  // Signed checkpoints anchor the audit chain outside the database (audit.checkpoints.ts); also at start and stop (main.ts).
  const checkpoints = checkpointStore(config.dataDir, config.auditCheckpointKey);
  await jobs.register('audit.checkpoint', async () => void (await auditService.checkpoint(db, checkpoints, app.log)));
  await jobs.schedule('audit.checkpoint', '*/5 * * * *');
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 } });
  await app.register(accessPlugin, { auth });

  await app.register(swagger, {
    openapi: {
      info: { title: 'xinfang 信访事项办理系统 API', version: config.version },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'xf_session' } } },
    },
    transform: withExamples,
    transformObject: withComponents,
  });
  const webFiles = webFileOptions(config.webDist);
  const webBuilt = existsSync(path.join(config.webDist, 'index.html'));
  // reply.sendFile everywhere (the pages of client-side routes, below), with the same encodings and caching.
  if (webBuilt) await app.register(fastifyStatic, { ...webFiles, serve: false });
  // Plugin-made routes (docs UI, static files) are public by nature: declare it for them.
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      // Mutate in place: the access plugin keeps a reference to this object. The docs and the web app's files
      // hold no personal data: caches may keep them.
      route.config ??= {};
      Object.assign(route.config, { access: { public: true }, cacheable: true });
    });
    // Groups closed: with every one of its ~150 operations open at once, Swagger UI stops after the first groups.
    await scope.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'none' } });
    if (webBuilt) {
      // wildcard: files built after the server started are served too (a rebuild needs no restart).
      await scope.register(fastifyStatic, { ...webFiles, wildcard: true, index: ['index.html'], decorateReply: false });
    }
  });

  await app.register(
    async (api) => {
      await api.register(healthRoutes(db, createFileStore(config.dataDir), config.version));
      await api.register(authRoutes(auth, config));
      await api.register(regionsRoutes);
      await api.register(orgsRoutes(createOrgsService({ db })));
      await api.register(usersRoutes(createUsersService({ db })));
      await api.register(auditRoutes(db, checkpoints));
      const calendar = createCalendarService({ db, packs: policyPacks({ mediationDays: config.disputeMediationDays }) });
      const clocks = createClocksService({ db, calendar });
      await jobs.register('clocks.sweep', async () => void (await clocks.sweep()));
      await jobs.schedule('clocks.sweep', '*/5 * * * *');
      const documents = createDocumentsService({
        db,
        files: createFileStore(config.dataDir),
        log: (m) => app.log.error(m),
        portalAddress: portalAddressOf(config.publicUrl),
      });
      api.addHook('onClose', () => documents.close());
      api.addHook('onRequest', async () => documents.noteRequest());
      await jobs.register('documents.render', async () => void (await documents.renderPending()));
      await jobs.schedule('documents.render', '* * * * *');
      const petitions = createPetitionsService({ db, clocks, onRegistered: [documents.onRegistered, recordAssistLabels], workflowView });
      // One search planner for the application: its caches live as long as the app.
      const worklist = createWorklistService({ db, clocks, planner: createSearchPlanner() });
      await api.register(documentsRoutes(documents));
      await api.register(categoriesRoutes(createCategoriesService({ db })));
      const assist = createAssistService({ db, jobs, petitions });
      await assist.register();
      await api.register(assistRoutes(assist, config));
      const attachments = createAttachmentsService({ db, files: createFileStore(config.dataDir) });
      await api.register(attachmentsRoutes(attachments));
      await api.register(petitionsRoutes(petitions));
      await api.register(worklistRoutes(worklist, createWorklistExport({ db, worklist })));
      await api.register(savedFiltersRoutes(createSavedFiltersService({ db })));
      const imports = createImportsService({
        db,
        dataDir: config.dataDir,
        jobs,
        petitions,
        maxRows: config.importMaxRows,
        log: (m) => app.log.error(m),
      });
      await imports.register();
      await api.register(importsRoutes(imports));
      await api.register(calendarRoutes(calendar));
      const notifications = createNotificationsService({ db, config, log: (m) => app.log.error(m) });
      api.addHook('onClose', () => notifications.close());
      await jobs.register('notifications.dispatch', async () => void (await notifications.dispatch()));
      await jobs.schedule('notifications.dispatch', '* * * * *');
      await api.register(notificationsRoutes(notifications));
      const bookings = createReceptionBookingsService({ db, config, notifications });
      await jobs.register('reception.reminders', async () => void (await bookings.remind()));
      await jobs.schedule('reception.reminders', '7 * * * *');
      await api.register(
        receptionRoutes(
          createReceptionSetupService({ db }),
          createReceptionPlansService({ db, calendar, onPublished: bookings.onPublished }),
        ),
      );
      await api.register(receptionPublicRoutes(createReceptionPublicService({ db }), config));
      await api.register(bookingPublicRoutes(bookings, config));
      await api.register(deskRoutes(createReceptionDeskService({ db })));
      await api.register(dutyRoutes(createDutyService({ db, calendar, notifications })));
      await api.register(receptionComplianceRoutes(createReceptionComplianceService({ db, calendar })));
      const workflow = createWorkflowService({
        db,
        petitions,
        worklist,
        clocks,
        calendar,
        listeners: [documents.listener, notifications.listener, mediationHandover],
      });
      await api.register(workflowRoutes(workflow));
      await api.register(disputesRoutes(createDisputesService({ db, clocks, petitions, workflow, escalation: config.disputeEscalation })));
      await api.register(
        disputeMeetingsRoutes(createDisputeSummariesService({ db }), createMeetingsService({ db, clocks, notifications })),
      );
      await api.register(disputeStatsRoutes(createDisputeStatsService({ db })));
      await api.register(receptionRecordsRoutes(createReceptionRecordsService({ db, petitions, workflow, documents })));
      const portal = createPortalService({ db, config, petitions, workflow, attachments, documents, notifications, jobs });
      await portal.register();
      await api.register(portalRoutes(portal, config));
      const stats = createStatsService({ db });
      await api.register(statsRoutes(stats, createStatsExport({ stats })));
      const reports = createStatsReportService({ db, stats, files: createFileStore(config.dataDir), jobs, log: (m) => app.log.error(m) });
      await reports.register();
      await api.register(statsReportRoutes(reports));
      if (config.statsRefreshSeconds > 0) {
        const stop = stats.startRefresher(config.statsRefreshSeconds * 1000, (m) => app.log.error(m));
        api.addHook('onClose', stop);
      }
    },
    { prefix: '/api' },
  );

  app.setNotFoundHandler(async (request, reply) => {
    // Client-side routes of the web app get its page; anything else is an API miss. 网上信访 is its own light entry
    // (no antd): its pages get portal.html, every other page the staff app's.
    // (A rebuild empties web/dist for a moment: no page then, rather than a loop back here.)
    const portal = /^\/portal(\/|\?|$)/.test(request.url);
    const page = portal ? 'portal.html' : 'index.html';
    if (request.method === 'GET' && !request.url.startsWith('/api') && webBuilt && existsSync(path.join(config.webDist, page))) {
      if (!portal) return reply.sendFile(page);
      // The portal's first screen is the page asked for, in the language chosen (http/portal-page.ts).
      const html = portalFirstScreen(await readFile(path.join(config.webDist, page), 'utf8'), request.url, portalLanguageOf(request));
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Cookie').send(html);
    }
    throw new AppError('not_found');
  });

  return app;
}
