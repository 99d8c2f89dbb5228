import { chinaDate, RECEPTION_MODE_ZH } from '@xinfang/domain';
import { createEvents, type EventAttributes } from 'ics';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { orgRecords } from '../orgs/index.js';
import { bookingsRepository } from './reception.bookings.repository.js';
import { receptionRepository as repo } from './reception.repository.js';
import { type PublicSlot, publicSlotDto } from './reception.schema.js';
import { presentPlace } from './reception.service.js';

/** 领导接访日 for the public: only published versions, from today on; never a draft or an unpublished change. */
export function createReceptionPublicService({ db }: { db: Database }) {
  async function schedule(orgId: number, placeId: number | undefined, now: Date) {
    const org = await orgRecords.findById(db, orgId);
    if (!org || !org.active) throw new AppError('org_not_found');
    const today = chinaDate(now);
    const versions = await repo.publishedFor(db, org.id, today);
    // The versions were written by this code; reading them through the schema keeps a bad row from reaching the page.
    const slots = versions
      .flatMap((v) => publicSlotDto.array().parse(v.slots))
      .filter((s) => s.date >= today && (placeId === undefined || s.placeId === placeId))
      .sort((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`));
    const taken = await bookingsRepository.taken(
      db,
      slots.map((s) => s.id),
    );
    const places = (await repo.placesFor(db, org.path)).map(presentPlace).filter((p) => placeId === undefined || p.id === placeId);
    return {
      orgId: org.id,
      orgName: org.name,
      places,
      slots: slots.map((s) => ({ ...s, free: Math.max(0, s.capacity - (taken.get(s.id) ?? 0)) })),
    };
  }

  return {
    bodies: async (now = new Date()) => (await repo.publishedBodies(db, chinaDate(now))).map((o) => ({ orgId: o.id, orgName: o.name })),

    schedule: (orgId: number, placeId?: number, now = new Date()) => schedule(orgId, placeId, now),

    /** The same slots as an iCalendar feed (RFC 5545), one event per slot, stable UIDs so updates replace events. */
    async calendar(orgId: number, placeId: number | undefined, host: string, now = new Date()) {
      const { orgName, places, slots } = await schedule(orgId, placeId, now);
      const addressOf = new Map(places.map((p) => [p.id, `${p.name}，${p.address}`]));
      const events = slots.map((s: PublicSlot): EventAttributes => ({
        uid: `reception-slot-${s.id}@${host}`,
        start: Date.parse(`${s.date}T${s.startTime}:00+08:00`),
        end: Date.parse(`${s.date}T${s.endTime}:00+08:00`),
        startInputType: 'utc',
        startOutputType: 'utc',
        endInputType: 'utc',
        endOutputType: 'utc',
        title: `${orgName}领导接访日（${s.leaders.join('、')}）`,
        description: `${RECEPTION_MODE_ZH[s.mode]}${s.mode === 'video' ? '（会议链接在预约后告知）' : ''}。预约不是来访的前提，未预约也可以直接来访。`,
        location: s.mode === 'video' ? '视频接访' : (addressOf.get(s.placeId) ?? s.placeName),
        status: 'CONFIRMED',
      }));
      const { error, value } = createEvents(events, { productId: '-//xinfang//reception//ZH', calName: `${orgName}领导接访日` });
      if (error || value === null) throw error ?? new Error('iCalendar not written');
      return value;
    },
  };
}
export type ReceptionPublicService = ReturnType<typeof createReceptionPublicService>;
