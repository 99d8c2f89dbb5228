import { authRepository } from './auth.repository.js';

/** What other features may do with accounts: find one, set a password, end a user's sessions. */
export const userRecords: Pick<typeof authRepository, 'findUserById' | 'setPassword' | 'revokeUserSessions'> = authRepository;
