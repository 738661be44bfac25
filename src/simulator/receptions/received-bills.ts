import { randomUUID } from 'node:crypto';
import { nitCheckDigit } from '../bills/nit-check-digit';
import { addBusinessDays, nextDay } from '../radian/business-days';
import { newEvent, SimRadianEvent } from '../radian/radian-events';

/** An invoice a supplier issued to a simulator company, loaded by its CUFE. */
export interface ReceivedBill {
  id: string;
  companyId: string;
  cufe: string;
  number: string;
  issueDate: string;
  issueTime: string;
  paymentDueDate: string;
  supplierNit: string;
  supplierDv: string;
  supplierName: string;
  paymentForm: { code: string; name: string };
  paymentMethod: { code: string; name: string };
  /** Two decimals, as text. */
  total: string;
  claimConcept: { code: string; name: string } | null;
  events: SimRadianEvent[];
  createdAt: number;
}

/** A well-formed CUFE: a SHA-384 in hexadecimal. */
export const CUFE_PATTERN = /^[0-9a-f]{96}$/;

/**
 * Assumption: the simulator has no DIAN to ask, so the supplier invoice behind any well-formed
 * CUFE is derived from the CUFE itself, deterministically (the same CUFE is always the same
 * invoice); a CUFE that starts with `000000` is one DIAN does not know, so tests can script that.
 */
export function isUnknownToDian(cufe: string): boolean {
  return cufe.startsWith('000000');
}

const DAY_MS = 86_400_000;

export function derivedSupplierInvoice(
  cufe: string,
  companyId: string,
  now: number,
  today: string,
): ReceivedBill {
  const slice = (from: number, to: number) => parseInt(cufe.slice(from, to), 16);
  const supplierNit = String(800_000_000 + (slice(0, 8) % 99_999_999));
  const credit = slice(14, 15) % 2 === 0;
  const issue = new Date(Date.parse(`${today}T00:00:00Z`) - (slice(15, 16) % 5) * DAY_MS);
  const issueDate = issue.toISOString().slice(0, 10);
  const cents = 1_000_000 + (slice(8, 14) % 500_000_000);
  const hour = 8 + (slice(16, 17) % 9);
  return {
    id: randomUUID(),
    companyId,
    cufe,
    number: `FEV${slice(17, 22) % 100_000}`,
    issueDate,
    issueTime: `${String(hour).padStart(2, '0')}:15:00`,
    paymentDueDate: credit
      ? new Date(issue.getTime() + 30 * DAY_MS).toISOString().slice(0, 10)
      : issueDate,
    supplierNit,
    supplierDv: String(nitCheckDigit(supplierNit)),
    supplierName: `Proveedor ${cufe.slice(0, 6).toUpperCase()} S.A.S.`,
    paymentForm: credit
      ? { code: '2', name: 'Pago a crédito' }
      : { code: '1', name: 'Pago de contado' },
    paymentMethod: credit ? { code: '42', name: 'Consignación' } : { code: '10', name: 'Efectivo' },
    total: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
    claimConcept: null,
    events: [],
    createdAt: now,
  };
}

/**
 * Assumption: no event is left to emit once the buyer claimed (031) or accepted (033), or the
 * invoice was tacitly accepted (034); ver-facturas only says `completed_events` 1 means "no
 * tienen eventos pendientes por emitir".
 */
export function hasCompletedEvents(bill: ReceivedBill): boolean {
  return bill.events.some((event) => ['031', '033', '034'].includes(event.code));
}

/**
 * emitir-evento: the 034 "será generado automáticamente por la persona o empresa
 * (facturador/emisor)" once three business days pass after the 032 without a 031 or 033. The
 * simulator plays that supplier: whenever a received invoice is read, an overdue 034 is
 * registered, dated the first day it was due. Assumption: the supplier emits it as soon as it
 * may (a real one may do it later, or never).
 */
export function applyTacitAcceptance(bill: ReceivedBill, today: string): void {
  const codes = new Set(bill.events.map((event) => event.code));
  const receipt = bill.events.find((event) => event.code === '032');
  if (!receipt || codes.has('031') || codes.has('033') || codes.has('034')) return;
  const due = nextDay(addBusinessDays(receipt.effectiveDate, 3));
  if (today < due) return;
  // Assumption: dated at the start of the day it fell due (a real issuer's software sends it
  // whenever it runs); the tests read only its date.
  bill.events.push(newEvent('034', bill.cufe, { date: due, time: '00:00:00' }));
}

/** The received invoices of every company, in upload order. */
export class ReceivedBillStore {
  private bills: ReceivedBill[] = [];

  add(bill: ReceivedBill): void {
    this.bills.push(bill);
  }

  byCufe(companyId: string, cufe: string): ReceivedBill | undefined {
    return this.bills.find((bill) => bill.companyId === companyId && bill.cufe === cufe);
  }

  byId(companyId: string, id: string): ReceivedBill | undefined {
    return this.bills.find((bill) => bill.companyId === companyId && bill.id === id);
  }

  /** Newest first. */
  ofCompany(companyId: string): ReceivedBill[] {
    return this.bills.filter((bill) => bill.companyId === companyId).reverse();
  }

  clear(): void {
    this.bills = [];
  }
}
