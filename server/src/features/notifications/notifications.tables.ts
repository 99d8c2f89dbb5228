import type { DB } from '../../db/types.js';

/** The values of the notification tables' columns (migration 0007); their shapes are generated (db/schema.gen.ts). */
export const AUDIENCES = ['petitioner', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const CHANNELS = ['sms', 'email', 'webhook', 'inapp'] as const;
export type ChannelName = (typeof CHANNELS)[number];
export const OUTBOX_STATUSES = ['pending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type OutboxTable = DB['outbox'];
export type NotificationAttemptTable = DB['notification_attempts'];
export type StaffMessageTable = DB['staff_messages'];
export type OutboxSecretTable = DB['outbox_secrets'];
