import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of migration 0007, added to the database types by module augmentation (db/types.ts stays as it is).
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const AUDIENCES = ['petitioner', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const CHANNELS = ['sms', 'email', 'webhook', 'inapp'] as const;
export type ChannelName = (typeof CHANNELS)[number];
export type OutboxStatus = 'pending' | 'sent' | 'dead';

export interface OutboxTable {
  id: Generated<number>;
  petition_id: number | null;
  event_id: number | null;
  audience: Audience;
  channel: ChannelName;
  /** The petitioner addressed (petitioner notices). */
  petitioner_id: number | null;
  /** The body addressed (staff notices). */
  org_id: number | null;
  /** Phone, e-mail address, or for in-app and webhook notices the body (and who in it): see inAppAddress. */
  address: string;
  template_key: string;
  subject: string;
  body: string;
  /** The web page the notice points to (staff). */
  link: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  idempotency_key: string;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface NotificationAttemptTable {
  id: Generated<number>;
  outbox_id: number;
  at: Timestamp;
  ok: boolean;
  detail: string | null;
}

export interface StaffMessageTable {
  id: Generated<number>;
  outbox_id: number | null;
  user_id: number;
  /** The body the notice was addressed to. */
  org_id: number | null;
  petition_id: number | null;
  template_key: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

/** A secret a notice carries (an SMS code), sealed; filled into the text at send time, then erased (migration 0025). */
export interface OutboxSecretTable {
  outbox_id: number;
  sealed: string;
  expires_at: Timestamp;
}

declare module '../../db/types.js' {
  interface DB {
    outbox_secrets: OutboxSecretTable;
    outbox: OutboxTable;
    notification_attempts: NotificationAttemptTable;
    staff_messages: StaffMessageTable;
  }
  interface PetitionerTable {
    email: string | null;
    /** Wants notices by SMS (default: yes when a mobile number is given). */
    notify_sms: Generated<boolean>;
    notify_email: Generated<boolean>;
  }
  interface ClockWarningTable {
    /** Set when the warning's in-app message was queued (exactly once). */
    notified_at: NullableTimestamp;
  }
}
