import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Where a notice's secret stands in its stored text; only the text a channel sends has the secret there. */
export const SECRET_SLOT = '{{secret}}';

/**
 * Seals a notice's secret (an SMS code) with AES-256-GCM under a key derived from the server's secret: a copy of the
 * database alone does not give it away, and the sealed value is erased once the notice is sent or given up.
 */
export function secretBox(serverSecret: string) {
  const key = createHmac('sha256', serverSecret).update('outbox-secrets').digest();
  return {
    seal(text: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
    },
    open(sealed: string): string {
      const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', key, iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
    },
  };
}
