import { z } from 'zod';

export const messagesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** An in-app message as the signed-in user sees it. */
export const messageDto = z.object({
  id: z.number(),
  template: z.string(),
  title: z.string(),
  body: z.string(),
  /** The web page it points to (the petition's detail, or the page of the work it is about). */
  link: z.string().nullable(),
  petition: z.object({ id: z.number(), number: z.string() }).nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
export type MessageDto = z.infer<typeof messageDto>;

export const messagesDto = z.object({ unread: z.number(), items: z.array(messageDto) });
export const readAllDto = z.object({ marked: z.number() });
