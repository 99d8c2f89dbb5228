import { ROLES, PERMISSIONS } from '@xinfang/domain';
import { z } from 'zod';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(200),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, '请输入当前密码').max(200),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});

/** The signed-in user as the web client needs it, with the CSRF token for writes. */
export const meDto = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  // The body's region: where the registration form's region pickers open.
  org: z.object({ id: z.number(), name: z.string(), regionCode: z.string().nullable() }),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
