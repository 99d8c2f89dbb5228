import { orgsRepository } from './orgs.repository.js';

// What other features may use of bodies: one body by id, and who may manage which body.
export { orgPolicy } from './orgs.policy.js';
export { presentDirectoryOrg } from './orgs.presenter.js';
export { directoryOrgDto } from './orgs.schema.js';

export const orgRecords: Pick<typeof orgsRepository, 'findById' | 'findManyByIds' | 'listInScope'> = orgsRepository;
