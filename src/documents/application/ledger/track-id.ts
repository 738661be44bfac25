import type { IssuedDocument } from '../../domain/issued-document';

/** The CUFE (invoices) or CUDE (notes) of a document, whichever it has. */
export function trackIdOf(document: IssuedDocument): string | undefined {
  const { cufe, cude } = document as IssuedDocument & { cufe?: string; cude?: string };
  return cufe ?? cude;
}
