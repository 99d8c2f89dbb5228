import { secretBox } from '../../shared/secret-box.js';

/** Where a notice's secret stands in its stored text; only the text a channel sends has the secret there. */
export const SECRET_SLOT = '{{secret}}';

/**
 * Seals a notice's secret (an SMS code): a copy of the database alone does not give it away, and the sealed value is
 * erased once the notice is sent or given up.
 */
export const outboxSecretBox = (serverSecret: string) => secretBox(serverSecret, 'outbox-secrets');
