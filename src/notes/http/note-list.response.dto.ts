import { DocumentListResponseDto } from '../../documents/http/document-list.response.dto';

/** A page of credit notes (its own schema name in OpenAPI). */
export class ListCreditNotesResponseDto extends DocumentListResponseDto {}

/** A page of debit notes (its own schema name in OpenAPI). */
export class ListDebitNotesResponseDto extends DocumentListResponseDto {}
