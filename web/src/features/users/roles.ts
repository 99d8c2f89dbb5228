import { ROLES, SEPARATED_ROLES, type Role } from '@xinfang/domain';

const separated = (r: Role) => (SEPARATED_ROLES as readonly Role[]).includes(r);

/**
 * 三员分立 in the user form: a separated role is offered only while the account holds no other one. A role already
 * held stays selectable, so an account holding two from before the rule can drop one.
 */
export function roleChoices(selected: readonly Role[]): { role: Role; disabled: boolean }[] {
  return ROLES.map((role) => ({
    role,
    disabled: separated(role) && !selected.includes(role) && selected.some((r) => r !== role && separated(r)),
  }));
}
