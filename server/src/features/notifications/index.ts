// What other features may use of notifications: the sealed secret's slot in a template, the templates, the service's type.
export { SECRET_SLOT } from './notifications.secrets.js';
export { render, type TemplateKey, type Vars } from './notifications.templates.js';
export { createNotificationsService, type NotificationsService } from './notifications.service.js';
export type { NewOutboxRow } from './notifications.repository.js';
