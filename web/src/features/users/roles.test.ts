import { separatedRolesHeld } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { roleChoices } from './roles';

const disabled = (selected: Parameters<typeof roleChoices>[0]) =>
  roleChoices(selected)
    .filter((c) => c.disabled)
    .map((c) => c.role);

describe('roleChoices (三员分立)', () => {
  it('disables the auditor role while the administrator role is chosen, and the other way round', () => {
    expect(disabled([])).toEqual([]);
    expect(disabled(['admin'])).toEqual(['auditor']);
    expect(disabled(['auditor', 'leader'])).toEqual(['admin']);
    expect(disabled(['registrar', 'handler'])).toEqual([]);
  });

  it('keeps both selectable on an account that holds both, so one can be dropped', () => {
    expect(disabled(['admin', 'auditor'])).toEqual([]);
    expect(separatedRolesHeld(['admin', 'auditor'])).toEqual(['admin', 'auditor']);
  });
});
