import 'reflect-metadata';
import { DianCatalog } from '../../src/catalogs/domain/dian-catalog';
import { createValidationPipe } from '../../src/common/http/validation.pipe';
import { bogotaDate } from '../../src/common/time/bogota-time';
import { validateDocumentDraft } from '../../src/documents/domain/document-rules';
import { toFactusDocumentRequest } from '../../src/documents/infrastructure/factus-document-request.mapper';
import { CreateInvoiceRequestDto } from '../../src/invoices/http/create-invoice.request.dto';
import { toInvoiceDraft } from '../../src/invoices/http/invoice-draft.mapper';
import { invoiceLines, serviceInvoice, uniqueReference } from '../invoice-bodies';

export interface ValidationResult {
  lines: number;
  iterations: number;
  /** validateDocumentDraft (which computes the totals with computeDocumentTotals) + toFactusDocumentRequest. */
  domain: { p50Ms: number; p90Ms: number; p99Ms: number };
  /**
   * For context, not a target: the request DTO stage before it (class-transformer and
   * class-validator through the app's ValidationPipe, then toInvoiceDraft).
   */
  requestDto: { p50Ms: number; p90Ms: number; p99Ms: number };
}

const LINES = 500;
const WARMUP = 50;
const ITERATIONS = 200;

function percentiles(samples: number[]): { p50Ms: number; p90Ms: number; p99Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
  return { p50Ms: at(0.5), p90Ms: at(0.9), p99Ms: at(0.99) };
}

/**
 * In-process: the time to validate, total and map a 500-line invoice with the domain functions the
 * service runs on every create (and, for context, the DTO validation that precedes them).
 */
export async function validation(): Promise<ValidationResult> {
  const body = serviceInvoice(uniqueReference('BENCH-VALIDATION'), invoiceLines(LINES));
  const catalog = new DianCatalog();
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: CreateInvoiceRequestDto };
  const dto = (await pipe.transform(structuredClone(body), metadata)) as CreateInvoiceRequestDto;
  const draft = toInvoiceDraft(dto);
  const today = bogotaDate(new Date());

  const domainOnce = () => {
    const result = validateDocumentDraft(draft, { today, catalog });
    if (result.errors.length > 0) {
      throw new Error(
        `The benchmark invoice is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`,
      );
    }
    return toFactusDocumentRequest(draft);
  };
  const domain: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i += 1) {
    const started = performance.now();
    domainOnce();
    if (i >= WARMUP) domain.push(performance.now() - started);
  }

  const requestDto: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i += 1) {
    const copy = structuredClone(body);
    const started = performance.now();
    toInvoiceDraft((await pipe.transform(copy, metadata)) as CreateInvoiceRequestDto);
    if (i >= WARMUP) requestDto.push(performance.now() - started);
  }

  const result = {
    lines: LINES,
    iterations: ITERATIONS,
    domain: percentiles(domain),
    requestDto: percentiles(requestDto),
  };
  console.log(
    `  validate ${LINES} lines: domain p50 ${result.domain.p50Ms} ms (p99 ${result.domain.p99Ms}); ` +
      `request DTO p50 ${result.requestDto.p50Ms} ms`,
  );
  return result;
}
