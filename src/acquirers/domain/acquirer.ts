/** What DIAN knows of an acquirer (the buyer of an invoice) for its identification. */
export interface Acquirer {
  /** Name or company name registered at DIAN. */
  name: string;
  /** E-mail registered for receiving electronic invoices; null when DIAN has none. */
  email: string | null;
}

export interface AcquirerQuery {
  /** DIAN identification document type code (13 cédula, 31 NIT, ...). */
  identificationDocumentCode: string;
  identification: string;
}
