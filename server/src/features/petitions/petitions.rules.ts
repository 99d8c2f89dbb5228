import { AppError, type FieldError } from '../../errors.js';
import {
  ADDRESS_CHANNELS,
  GROUP_SIZE,
  ID_CHANNELS,
  MAX_REPRESENTATIVES,
  maxRepresentatives,
  PHONE_CHANNELS,
  type Channel,
  type PetitionType,
} from '@xinfang/domain';
import type { PetitionerInput } from './petitions.schema.js';

/** The registration as the rules see it (a new one, or a registered one after a correction). */
export interface RegistrationState {
  channel: Channel;
  type: PetitionType;
  anonymous: boolean;
  personsCount: number;
  receivedAt: Date;
  accusedPerson: string | null;
  accusedOrgId: number | null;
  accusedOrgNone: boolean;
  petitioners: PetitionerInput[];
}

const fail = (code: ConstructorParameters<typeof AppError>[0], path: string, message: string): never => {
  throw new AppError(code, { fields: [{ path, message }] satisfies FieldError[] });
};

/**
 * An accusation whose accused body nobody has determined: it may not be routed until a registrar sets the body or
 * confirms there is none, so it cannot reach the accused unseen (条例 Art. 30).
 */
export function accusedOrgUnknown(s: Pick<RegistrationState, 'type' | 'accusedOrgId' | 'accusedOrgNone'>): boolean {
  return s.type === 'accusation' && !s.accusedOrgId && !s.accusedOrgNone;
}

/**
 * Rules across fields (条例 Art. 20, 22; docs/GLOSSARY.md). `strict` adds what a clerk must collect by
 * channel; imports of historical records are registered as they were, without it.
 * Marks the only petitioner as main when none is; returns the petitioners to store.
 */
export function checkRegistration(s: RegistrationState, strict: boolean): PetitionerInput[] {
  if (s.receivedAt.getTime() > Date.now() + 5 * 60_000) fail('validation_failed', 'receivedAt', '收到时间不能晚于当前时间');
  if (s.receivedAt.getFullYear() < 1990) fail('validation_failed', 'receivedAt', '收到时间不正确');
  if (s.anonymous && s.type === 'appeal') fail('anonymous_not_allowed', 'anonymous', '申诉求决类事项不能匿名');
  if (s.type === 'accusation' && !s.accusedPerson && !s.accusedOrgId)
    fail('accused_required', 'accusedPerson', '请填写被检举控告的人员或单位');
  if (s.type !== 'accusation' && (s.accusedPerson || s.accusedOrgId))
    fail('validation_failed', 'accusedPerson', '只有检举控告类事项填写被检举控告对象');
  if (s.accusedOrgNone && (s.type !== 'accusation' || s.accusedOrgId))
    fail('validation_failed', 'accusedOrgNone', '已选定被检举控告单位或不是检举控告类事项，不能确认为无具体单位');

  const petitioners = s.petitioners.map((p) => ({ ...p }));
  if (!s.anonymous && petitioners.length === 0) fail('petitioner_required', 'petitioners', '请至少登记一名信访人');
  if (petitioners.length === 1 && !petitioners[0]!.isMain) petitioners[0]!.isMain = true;
  const mains = petitioners.filter((p) => p.isMain).length;
  if (petitioners.length > 0 && mains !== 1)
    fail('main_petitioner_required', 'petitioners', mains === 0 ? '请指定一名主要信访人' : '只能指定一名主要信访人');

  const representatives = petitioners.filter((p) => p.isRepresentative).length;
  const limit = maxRepresentatives(s.channel);
  if (limit !== null && representatives > limit) {
    fail(
      'representatives_exceeded',
      'petitioners',
      `多人走访已标记 ${representatives} 名代表，最多 ${limit} 名（《信访工作条例》第二十条）`,
    );
  }
  if (s.channel === 'visit' && s.personsCount >= GROUP_SIZE && representatives === 0 && !s.anonymous) {
    fail('representatives_required', 'petitioners', `${GROUP_SIZE} 人以上集体走访，请标记推选的代表（1 至 ${MAX_REPRESENTATIVES} 人）`);
  }
  if (petitioners.length > s.personsCount) fail('validation_failed', 'personsCount', '信访人数不能少于登记的信访人数');

  if (strict && !s.anonymous) {
    const i = petitioners.findIndex((p) => p.isMain);
    const main = petitioners[i]!;
    if (ID_CHANNELS.includes(s.channel) && main.kind === 'person' && !main.idNumber)
      fail('validation_failed', `petitioners.${i}.idNumber`, '来访登记须核对并填写主要信访人的证件号码');
    if (PHONE_CHANNELS.includes(s.channel) && !main.phone)
      fail('validation_failed', `petitioners.${i}.phone`, '请填写主要信访人的联系电话');
    if (ADDRESS_CHANNELS.includes(s.channel) && !main.address)
      fail('validation_failed', `petitioners.${i}.address`, '来信登记请填写信访人的通信地址');
  }
  return petitioners;
}
