import type { DbFunction } from './db-function.js';

/**
 * An issued document never changes, except that its files are set once after the issuing transaction.
 * Triggers: documents_append_only on documents, documents_no_truncate on documents.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '86301031cf8834c8ac481f8246c1871df7653c8d9224643f6178883720d394bf',
  definition: `CREATE OR REPLACE FUNCTION public.documents_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      if tg_op = 'UPDATE' and old.docx_sha256 is null and new.docx_sha256 is not null
         and (to_jsonb(new) - 'docx_sha256' - 'pdf_sha256') = (to_jsonb(old) - 'docx_sha256' - 'pdf_sha256') then
        return new;
      end if;
      raise exception 'issued documents are never changed or removed';
    end $function$
`,
} satisfies DbFunction;
