import { DocumentListResponseDto } from '../../documents/http/document-list.response.dto';

/** A page of invoices (its own schema name in OpenAPI). */
export class ListInvoicesResponseDto extends DocumentListResponseDto {}
