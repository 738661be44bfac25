import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { DocumentType, DocumentTypeKey } from '../domain/document-type';
import type { IssuedDocument } from '../domain/issued-document';

/**
 * Where one document type lives in Factus v2 and how its wire shapes map to ours: the whole of
 * what a new document type adds to the Factus adapter.
 */
export interface FactusDocumentSpec<
  TDraft = never,
  TIssued extends IssuedDocument = IssuedDocument,
> {
  type: DocumentType<TDraft, TIssued>;
  /** `/v2/bills`, `/v2/credit-notes`, `/v2/debit-notes`. */
  basePath: string;
  /** Delete-by-reference path: bills use `/v2/bills/destroy/reference`, notes `…/reference`. */
  deleteByReferencePath: string;
  toRequest(draft: TDraft): unknown;
  /** The `data` of a create or show answer, parsed and mapped to our document. */
  document: z.ZodType<TIssued>;
}

/** What the registry holds: a spec of some type (the registry does not know which). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFactusDocumentSpec = FactusDocumentSpec<any, IssuedDocument>;

/**
 * The specs of the document types this deployment issues. Each feature module registers its own
 * when the application starts (see InvoicesModule), so the kernel never imports a feature.
 */
@Injectable()
export class FactusDocumentSpecs {
  private readonly specs = new Map<DocumentTypeKey, AnyFactusDocumentSpec>();

  register(...specs: AnyFactusDocumentSpec[]): void {
    for (const spec of specs) this.specs.set(spec.type.key, spec);
  }

  of(type: DocumentType): AnyFactusDocumentSpec {
    const spec = this.specs.get(type.key);
    // A wiring mistake, not a caller's: its module did not register the spec.
    if (!spec) throw new Error(`No Factus spec registered for the ${type.name}`);
    return spec;
  }
}
