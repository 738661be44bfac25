import type { IssuedDocument } from '../../domain/issued-document';

/** The CUFE (invoices), CUDE (notes) or CUDS (support documents) of a document, whichever it has. */
export function trackIdOf(document: IssuedDocument): string | undefined {
  const { cufe, cude, cuds } = document as IssuedDocument & {
    cufe?: string;
    cude?: string;
    cuds?: string;
  };
  return cufe ?? cude ?? cuds;
}
