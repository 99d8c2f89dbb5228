import { attachmentsRepository } from './attachments.repository.js';

// What other features may use of attachments: the file store, the upload's DTO, and joining uploads to petitions.
export { attachmentDto } from './attachments.schema.js';
export type { AttachmentsService } from './attachments.service.js';
export { createFileStore, type FileStore } from './attachments.storage.js';

export const attachmentRecords: Pick<typeof attachmentsRepository, 'attach' | 'forPetition' | 'adopt' | 'unattachedOf' | 'volume'> =
  attachmentsRepository;
