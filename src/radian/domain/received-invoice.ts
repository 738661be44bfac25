import type { Dec } from '../../common/domain/decimal';
import type { RadianEvent } from './radian-event';

export interface CodeName {
  code: string;
  name: string;
}

/**
 * An invoice a supplier issued to this company, loaded into Factus by its CUFE
 * (recepcion-de-documentos/cargar-factura) so that the company can emit its RADIAN events on it.
 */
export interface ReceivedInvoice {
  /** Factus's id of the received invoice: the path of its events. */
  id: string;
  number: string;
  cufe: string;
  /** Bogotá calendar day `YYYY-MM-DD`. */
  issueDate?: string;
  issueTime?: string;
  paymentDueDate?: string;
  supplier: {
    identificationDocumentCode?: string;
    nit: string;
    dv?: string;
    name: string;
  };
  paymentForm?: CodeName;
  paymentMethod?: CodeName;
  total?: Dec;
  hasClaim: boolean;
  /** The claim concept of a 031, when there is one. */
  claimConcept?: CodeName;
  isNegotiableInstrument: boolean;
  /** Whether no event is left to emit (Factus's `completed_events`), when Factus says. */
  completedEvents?: boolean;
  /** The RADIAN events registered so far; undefined when Factus's answer did not list them. */
  events?: RadianEvent[];
  createdAt?: Date;
}

/** The filters of recepcion-de-documentos/ver-facturas, in our terms. */
export interface ReceivedInvoiceFilter {
  id?: string;
  number?: string;
  /** `YYYY-MM-DD`. */
  issueDate?: string;
  cufe?: string;
  supplierNit?: string;
  supplierName?: string;
  /** true: no event pending; false: some event pending. */
  completedEvents?: boolean;
  page: number;
}

export interface ReceivedInvoicePage {
  data: ReceivedInvoice[];
  pagination: { page: number; perPage: number; total: number; lastPage: number };
}
