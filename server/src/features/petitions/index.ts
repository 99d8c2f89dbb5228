import { petitionsRepository } from './petitions.repository.js';

// What other features may use of petitions (the vocabulary is @xinfang/domain's): registration's rules and schemas, the list item and
// detail DTOs, the service's type, and the petition row's reads and writes the workflow, documents and imports need.
export { presentListItem } from './petitions.presenter.js';
export { policyColumns } from './petitions.repository.js';
export { checkRegistration } from './petitions.rules.js';
export {
  checkIdentity,
  identityFields,
  petitionDetailDto,
  petitionListItemDto,
  registerBody,
  type PetitionListItemDto,
  type RegisterInput,
} from './petitions.schema.js';
export {
  backfillSignatures,
  queryCodeHash,
  type PetitionsService,
  type RegistrationListener,
  type WorkflowView,
} from './petitions.service.js';

export const petitionRecords: Pick<
  typeof petitionsRepository,
  'findVisible' | 'update' | 'insertEvent' | 'petitioners' | 'addressees' | 'externalExists' | 'finalMatterRef'
> = petitionsRepository;
