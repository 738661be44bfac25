/*
 * The soak's mixed traffic: creates, reads, lists, PDF and XML downloads, credit notes on the
 * invoices it created, at a steady arrival rate (open loop: a slow answer does not slow the
 * arrivals), through one keep-alive pool.
 */
import { Pool } from 'undici';
import {
  invoiceLines,
  Line,
  serviceCreditNote,
  serviceInvoice,
  uniqueReference,
} from '../invoice-bodies';
import { BENCH_API_KEY } from '../processes';
import type { Answer } from './tally';

/** Documents the traffic created, for the reads and the credit notes. */
class Documents {
  readonly invoices: string[] = [];
  /** Invoices not credited yet, with the line a credit note may take back. */
  readonly creditable: { number: string; line: Line }[] = [];
  readonly creditNotes: string[] = [];

  static keep(list: string[], value: string, max = 2000): void {
    list.push(value);
    if (list.length > max) list.splice(0, list.length - max);
  }

  pick(list: readonly string[]): string | undefined {
    return list.length === 0 ? undefined : list[Math.floor(Math.random() * list.length)];
  }
}

type Operation = (driver: Traffic) => Promise<Answer>;

/** Weight out of 100 per operation. */
const MIX: [number, string][] = [
  [20, 'create invoice'],
  [18, 'show invoice'],
  [8, 'list invoices'],
  [14, 'invoice pdf'],
  [10, 'invoice xml'],
  [12, 'create credit note'],
  [6, 'show credit note'],
  [4, 'list credit notes'],
  [4, 'credit note pdf'],
  [4, 'numbering ranges'],
];

/** The driver gives up on an answer after this long (the service's own deadlines are far shorter). */
const ANSWER_TIMEOUT_MS = 30_000;

export class Traffic {
  private readonly pool: Pool;
  readonly documents = new Documents();
  private readonly operations: Record<string, Operation>;

  constructor(serviceUrl: string) {
    this.pool = new Pool(serviceUrl, { connections: 64, keepAliveTimeout: 10_000 });
    this.operations = {
      'create invoice': (t) => t.createInvoice(),
      'show invoice': (t) =>
        t.read('show invoice', (n) => `/api/v1/invoices/${n}`, t.documents.invoices),
      'list invoices': (t) => t.call('list invoices', 'GET', '/api/v1/invoices?page=1&perPage=10'),
      'invoice pdf': (t) =>
        t.read('invoice pdf', (n) => `/api/v1/invoices/${n}/pdf`, t.documents.invoices),
      'invoice xml': (t) =>
        t.read('invoice xml', (n) => `/api/v1/invoices/${n}/xml`, t.documents.invoices),
      'create credit note': (t) => t.createCreditNote(),
      'show credit note': (t) =>
        t.read('show credit note', (n) => `/api/v1/credit-notes/${n}`, t.documents.creditNotes),
      'list credit notes': (t) =>
        t.call('list credit notes', 'GET', '/api/v1/credit-notes?page=1&perPage=10'),
      'credit note pdf': (t) =>
        t.read('credit note pdf', (n) => `/api/v1/credit-notes/${n}/pdf`, t.documents.creditNotes),
      'numbering ranges': (t) => t.call('numbering ranges', 'GET', '/api/v1/numbering-ranges'),
    };
  }

  /** One operation drawn from the mix. */
  next(): Promise<Answer> {
    let draw = Math.random() * 100;
    for (const [weight, name] of MIX) {
      draw -= weight;
      if (draw < 0) return this.operations[name](this);
    }
    return this.operations[MIX[0][1]](this);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  async createInvoice(): Promise<Answer> {
    const lines = invoiceLines(2 + Math.floor(Math.random() * 4));
    const { answer, body } = await this.send(
      'create invoice',
      'POST',
      '/api/v1/invoices',
      serviceInvoice(uniqueReference('SOAK'), lines),
    );
    const number = (body as { number?: string } | undefined)?.number;
    if ((answer.status === 201 || answer.status === 202) && number) {
      Documents.keep(this.documents.invoices, encodeURIComponent(number));
      if (answer.status === 201) this.documents.creditable.push({ number, line: lines[0] });
    }
    return answer;
  }

  async createCreditNote(): Promise<Answer> {
    const invoice = this.documents.creditable.shift();
    if (!invoice) return this.createInvoice();
    const { answer, body } = await this.send(
      'create credit note',
      'POST',
      '/api/v1/credit-notes',
      serviceCreditNote(invoice.number, uniqueReference('SOAK-NC'), invoice.line),
    );
    const number = (body as { number?: string } | undefined)?.number;
    if ((answer.status === 201 || answer.status === 202) && number) {
      Documents.keep(this.documents.creditNotes, encodeURIComponent(number));
    }
    return answer;
  }

  read(
    operation: string,
    path: (number: string) => string,
    from: readonly string[],
  ): Promise<Answer> {
    const number = this.documents.pick(from);
    if (number === undefined) return this.createInvoice();
    return this.call(operation, 'GET', path(number));
  }

  async call(
    operation: string,
    method: 'GET' | 'POST',
    path: string,
    json?: unknown,
  ): Promise<Answer> {
    return (await this.send(operation, method, path, json)).answer;
  }

  private async send(
    operation: string,
    method: 'GET' | 'POST',
    path: string,
    json?: unknown,
  ): Promise<{ answer: Answer; body?: unknown }> {
    try {
      const response = await this.pool.request({
        method,
        path,
        headers: {
          'x-api-key': BENCH_API_KEY,
          accept: 'application/json',
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: json === undefined ? undefined : JSON.stringify(json),
        headersTimeout: ANSWER_TIMEOUT_MS,
        bodyTimeout: ANSWER_TIMEOUT_MS,
      });
      const type = String(response.headers['content-type'] ?? '');
      if (!type.includes('json')) {
        await response.body.dump();
        return { answer: { operation, status: response.statusCode } };
      }
      const body = (await response.body.json()) as { code?: string } | undefined;
      return {
        answer: {
          operation,
          status: response.statusCode,
          code: response.statusCode >= 400 ? body?.code : undefined,
        },
        body,
      };
    } catch (error) {
      return { answer: { operation, status: 0, error: String(error) } };
    }
  }
}
