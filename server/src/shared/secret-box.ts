import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Seals what the database must keep for a while but not in clear (an SMS code, the answer a retried write replays)
 * with AES-256-GCM under a key derived from the server's secret and the purpose: a copy of the database alone does
 * not give it away.
 */
export function secretBox(serverSecret: string, purpose: string) {
  const key = createHmac('sha256', serverSecret).update(purpose).digest();
  const seal = (plain: Buffer): Buffer[] => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return [iv, cipher.getAuthTag(), data];
  };
  const open = (iv: Buffer, tag: Buffer, data: Buffer): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]);
  };
  return {
    /** Text sealed as text: iv, tag and data in base64url, joined by dots. */
    seal: (text: string): string =>
      seal(Buffer.from(text, 'utf8'))
        .map((b) => b.toString('base64url'))
        .join('.'),
    open(sealed: string): string {
      const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      return open(iv!, tag!, data!).toString('utf8');
    },
    /** Bytes sealed as bytes: the 12-byte iv, the 16-byte tag, the data. */
    sealBytes: (plain: Buffer): Buffer => Buffer.concat(seal(plain)),
    openBytes: (sealed: Buffer): Buffer => open(sealed.subarray(0, 12), sealed.subarray(12, 28), sealed.subarray(28)),
  };
}
