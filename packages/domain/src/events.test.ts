import { describe, expect, expectTypeOf, it } from 'vitest';
import { petitionEvent, readPetitionEvent, type PayloadInput, type PayloadOf, type PetitionEvent } from './events.js';

describe('petition events', () => {
  it('reads an event narrowed by its kind', () => {
    const e = readPetitionEvent('decide', { decisionId: 7, stage: 'review', outcome: 'support', reviewOrgId: null });
    expect(e).toEqual({ kind: 'decide', payload: { decisionId: 7, stage: 'review', outcome: 'support', reviewOrgId: null } });
    if (e?.kind === 'decide') expectTypeOf(e.payload.stage).toEqualTypeOf<'handling' | 'review' | 'reexamination'>();
  });

  it('writes an instant as a Date and reads it as its ISO string, the form it has in JSON', () => {
    const written: PayloadInput<'assign'> = {
      toOrgId: 3,
      toOrg: '住建局',
      requirements: '书面答复',
      dueAt: new Date('2026-05-30T16:00:00Z'),
      note: null,
    };
    const stored: unknown = JSON.parse(JSON.stringify(written));
    expect(readPetitionEvent('assign', stored)?.payload).toEqual({ ...written, dueAt: '2026-05-30T16:00:00.000Z' });
    expectTypeOf<PayloadOf<'assign'>['dueAt']>().toEqualTypeOf<string | null | undefined>();
    // A calendar day stays the day the user entered.
    expect(
      readPetitionEvent('deliver', { decisionId: 1, stage: 'handling', method: 'post', result: 'delivered', deliveredOn: '2026-03-01' }),
    ).not.toBeNull();
    expect(
      readPetitionEvent('deliver', { decisionId: 1, stage: 'handling', method: 'post', result: 'delivered', deliveredOn: '1 March' }),
    ).toBeNull();
  });

  it('reads a row stored by an older version: keys it no longer writes are dropped, fields added since may be missing', () => {
    // A 办理记录 stored with the version of the petition it was based on, and a registration before 新的事实和理由.
    const record = { kind: 'visit', occurredOn: '2025-11-02', note: '走访', version: 3 };
    expect(readPetitionEvent('record', record)).toEqual({
      kind: 'record',
      payload: { kind: 'visit', occurredOn: '2025-11-02', note: '走访' },
    });
    expect(readPetitionEvent('registered', { number: 'LQ2025000001', channel: 'visit', source: 'form', repeatOf: null })?.payload).toEqual({
      number: 'LQ2025000001',
      channel: 'visit',
      source: 'form',
      repeatOf: null,
    });
  });

  it('gives null for a kind or payload it does not know, never an error', () => {
    expect(readPetitionEvent('imported', { number: 'X' })).toBeNull();
    expect(readPetitionEvent('merged', { intoId: '3' })).toBeNull();
    expect(readPetitionEvent('confirmed_new', null)).toBeNull();
    expect(petitionEvent.safeParse({ kind: 'confirmed_new', payload: {} }).success).toBe(true);
  });

  it('types the union by kind', () => {
    expectTypeOf<Extract<PetitionEvent, { kind: 'merged' }>['payload']>().toEqualTypeOf<{
      intoId: number;
      into: string;
      reason: string | null;
    }>();
    // @ts-expect-error a payload of another kind's shape does not compile
    const wrong: PayloadInput<'merged'> = { fromId: 1, from: 'X' };
    expect(wrong).toBeDefined();
  });
});
