// What other features may use of 智能辅助: the service and its routes (composed in app.ts), the registration
// listener that records the labels given to its suggestions, and the training job (asked for at start, main.ts).
export { assistRoutes } from './assist.routes.js';
export { ASSIST_TRAIN_JOB, createAssistService, ensureAssistModel, recordAssistLabels, type AssistService } from './assist.service.js';
