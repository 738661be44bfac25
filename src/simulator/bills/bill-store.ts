import type { BillRequest } from './bill-request';
import type { BillTotals } from './bill-totals';
import type { DianErrors } from './dian-messages';

export type BillStatus = 'validated' | 'pending' | 'rejected';

/** The numbering range as it stood when the number was taken (what the response shows). */
export interface RangeSnapshot {
  id: number;
  prefix: string;
  from: number;
  to: number;
  resolutionNumber: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface StoredBill {
  /** Factus's internal id (sequential); also the consecutive of the DIAN file name. */
  id: number;
  companyId: string;
  referenceCode: string;
  number: string;
  range: RangeSnapshot;
  request: BillRequest;
  totals: BillTotals;
  status: BillStatus;
  cufe: string;
  /** Bogotá issue date `YYYY-MM-DD` and time `HH:mm:ss`, as hashed into the CUFE. */
  issueDate: string;
  issueTime: string;
  createdAt: number;
  validatedAt: number | null;
  /** DIAN notices of a validated document, or the rejection of a rejected one. */
  errors: DianErrors;
  /** Rule 90 arrives as a bare array of strings rather than an object keyed by rule. */
  rejectionAsList: boolean;
  /** E-mails sent today (Bogotá date), for the daily per-document limit. */
  emails: { day: string; count: number };
}

/**
 * The documents of every company, in creation order. `reference_code` is unique per company
 * (it is Factus's idempotency key); numbers are unique because ranges never go back.
 */
export class BillStore {
  private bills: StoredBill[] = [];
  private lastId = 0;

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  add(bill: StoredBill): void {
    this.bills.push(bill);
  }

  byReference(companyId: string, referenceCode: string): StoredBill | undefined {
    return this.bills.find((b) => b.companyId === companyId && b.referenceCode === referenceCode);
  }

  byNumber(companyId: string, number: string): StoredBill | undefined {
    return this.bills.find((b) => b.companyId === companyId && b.number === number);
  }

  /** A pending or rejected document of the company other than `referenceCode`: it blocks new ones. */
  blocking(companyId: string, referenceCode: string): StoredBill | undefined {
    return this.bills.find(
      (b) =>
        b.companyId === companyId && b.referenceCode !== referenceCode && b.status !== 'validated',
    );
  }

  /** The company's documents, newest first. */
  ofCompany(companyId: string): StoredBill[] {
    return this.bills.filter((b) => b.companyId === companyId).reverse();
  }

  remove(bill: StoredBill): void {
    this.bills = this.bills.filter((b) => b !== bill);
  }

  all(): StoredBill[] {
    return [...this.bills];
  }

  clear(): void {
    this.bills = [];
    this.lastId = 0;
  }
}
