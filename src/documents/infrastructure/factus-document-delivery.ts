import { z } from 'zod';
import { FactusBadResponseError } from '../../factus/factus.errors';
import { factusEnvelope, optionalText, parseFactusAnswer } from '../../factus/wire';
import type { DocumentEmailContent, DocumentFile } from '../domain/issued-document';

/**
 * `GET …/:number/email-content`. The v2 page describes a subject and a base64 ZIP without naming
 * the field of the ZIP (factus-js finding #6); the v1 page names it `attached_document`, which is
 * read first, then the names a v2 answer could plausibly use.
 */
const EMAIL_CONTENT_ANSWER = factusEnvelope(
  z.object({
    subject: optionalText,
    attached_document: optionalText,
    zip_base_64_encoded: optionalText,
    attached_document_base_64_encoded: optionalText,
  }),
);

/** `GET …/:number/download-attached-document-xml`: the file, base64-encoded. */
const ATTACHED_DOCUMENT_ANSWER = factusEnvelope(
  z.object({ file_name: optionalText, xml_base_64_encoded: optionalText }),
);

export function readEmailContent(body: unknown, endpoint: string): DocumentEmailContent {
  const { data } = parseFactusAnswer(EMAIL_CONTENT_ANSWER, body, endpoint);
  const zip =
    data.attached_document ?? data.zip_base_64_encoded ?? data.attached_document_base_64_encoded;
  if (data.subject === undefined || zip === undefined) {
    throw new FactusBadResponseError(
      `Factus answered ${endpoint} without ${data.subject === undefined ? 'a subject' : 'the attachment'}.`,
    );
  }
  return { subject: data.subject, zip: Buffer.from(zip, 'base64') };
}

export function readAttachedDocument(
  body: unknown,
  number: string,
  endpoint: string,
): DocumentFile {
  const { data } = parseFactusAnswer(ATTACHED_DOCUMENT_ANSWER, body, endpoint);
  if (data.xml_base_64_encoded === undefined) {
    throw new FactusBadResponseError(`Factus answered ${endpoint} without a file.`);
  }
  return {
    fileName: (data.file_name ?? `ad${number}`).replace(/\.xml$/i, ''),
    content: Buffer.from(data.xml_base_64_encoded, 'base64'),
  };
}
