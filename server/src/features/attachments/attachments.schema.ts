import { z } from 'zod';

/** An uploaded file as the petition detail and the upload's answer show it. */
export const attachmentDto = z.object({
  id: z.number(),
  filename: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.date(),
});
