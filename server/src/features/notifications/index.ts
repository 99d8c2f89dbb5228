// What other features may use of notifications: the sealed secret's slot in a template, the service's type.
export { SECRET_SLOT } from './notifications.secrets.js';
export type { NotificationsService } from './notifications.service.js';
export type { NewOutboxRow } from './notifications.repository.js';
