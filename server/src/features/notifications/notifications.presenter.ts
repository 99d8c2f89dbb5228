import type { notificationsRepository } from './notifications.repository.js';
import type { MessageDto } from './notifications.schema.js';

type MessageRow = Awaited<ReturnType<typeof notificationsRepository.messages>>[number];

export function presentMessage(m: MessageRow): MessageDto {
  return {
    id: m.id,
    template: m.template_key,
    title: m.title,
    body: m.body,
    link: m.link,
    petition: m.petition_id && m.number ? { id: m.petition_id, number: m.number } : null,
    createdAt: m.created_at,
    readAt: m.read_at,
  };
}
