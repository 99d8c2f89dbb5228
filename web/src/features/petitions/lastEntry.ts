import { CHANNELS, type Channel } from '@xinfang/domain';

const KEY = 'xf.lastRegistration';

/** The channel and received date of the registrar's last entry (kept in localStorage). */
export function loadLastEntry(): { channel?: Channel; receivedDate?: string } {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { channel?: string; receivedDate?: string };
    return {
      channel: (CHANNELS as readonly string[]).includes(v.channel ?? '') ? (v.channel as Channel) : undefined,
      receivedDate: typeof v.receivedDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.receivedDate) ? v.receivedDate : undefined,
    };
  } catch {
    return {};
  }
}

export function saveLastEntry(channel: Channel, receivedDate: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ channel, receivedDate }));
  } catch {
    // storage unavailable: nothing to remember
  }
}
