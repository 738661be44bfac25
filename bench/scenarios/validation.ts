import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DianCatalog } from '../../src/catalogs/domain/dian-catalog';
import { createValidationPipe, VALIDATOR_OPTIONS } from '../../src/common/http/validation.pipe';
import { bogotaDate } from '../../src/common/time/bogota-time';
import { validateDocumentDraft } from '../../src/documents/domain/document-rules';
import { toFactusDocumentRequest } from '../../src/documents/infrastructure/factus-document-request.mapper';
import { CreateInvoiceRequestDto } from '../../src/invoices/http/create-invoice.request.dto';
import { toInvoiceDraft } from '../../src/invoices/http/invoice-draft.mapper';
import { invoiceLines, serviceInvoice, uniqueReference } from '../invoice-bodies';
import { validateAtTheFloor } from './validation-floor';

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
  /** Issue 12's figure: the request DTO stage, then the domain rules, totals and mapping, in one go. */
  whole: { p50Ms: number; p90Ms: number; p99Ms: number };
  /**
   * Where the DTO stage goes, p50 ms: class-transformer alone, class-validator alone (the pipe's
   * options, whitelist included) and without the whitelist.
   */
  dtoParts: {
    plainToInstanceMs: number;
    validateMs: number;
    validateWithoutWhitelistMs: number;
    /**
     * class-validator's floor on the same lines: one `@IsString()` per field sent
     * (validation-floor.ts), class-transformer included.
     */
    floorMs: number;
  };
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
 * service runs on every create, the request DTO stage that precedes them, and both in one go
 * (issue 12's figure), with the DTO stage's parts.
 */
export async function validation(): Promise<ValidationResult> {
  const body = serviceInvoice(uniqueReference('BENCH-VALIDATION'), invoiceLines(LINES));
  const catalog = new DianCatalog();
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: CreateInvoiceRequestDto };
  const dto = (await pipe.transform(structuredClone(body), metadata)) as CreateInvoiceRequestDto;
  const draft = toInvoiceDraft(dto);
  const today = bogotaDate(new Date());

  const domainOnce = (of = draft) => {
    const result = validateDocumentDraft(of, { today, catalog });
    if (result.errors.length > 0) {
      throw new Error(
        `The benchmark invoice is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`,
      );
    }
    return toFactusDocumentRequest(of);
  };
  const domain = await sample(body, () => Promise.resolve(domainOnce()));
  const requestDto = await sample(body, async (copy) =>
    toInvoiceDraft((await pipe.transform(copy, metadata)) as CreateInvoiceRequestDto),
  );
  const whole = await sample(body, async (copy) =>
    domainOnce(toInvoiceDraft((await pipe.transform(copy, metadata)) as CreateInvoiceRequestDto)),
  );
  const parts = await dtoParts(body);
  const result = {
    lines: LINES,
    iterations: ITERATIONS,
    domain: percentiles(domain),
    requestDto: percentiles(requestDto),
    whole: percentiles(whole),
    dtoParts: parts,
  };
  console.log(
    `  validate ${LINES} lines: DTO + rules + totals + mapping p50 ${result.whole.p50Ms} ms ` +
      `(domain ${result.domain.p50Ms} ms, request DTO ${result.requestDto.p50Ms} ms: ` +
      `plainToInstance ${parts.plainToInstanceMs}, validate ${parts.validateMs}, ` +
      `${parts.validateWithoutWhitelistMs} without the whitelist; class-validator's floor ` +
      `${parts.floorMs})`,
  );
  return result;
}

/**
 * Milliseconds of each of ITERATIONS runs of `once`, after WARMUP unmeasured ones; `once` gets a
 * fresh copy of `body`, made before its clock starts (the pipe and class-transformer change it).
 */
async function sample(body: object, once: (copy: object) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i += 1) {
    const copy = structuredClone(body);
    const started = performance.now();
    await once(copy);
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return samples;
}

async function dtoParts(body: object): Promise<ValidationResult['dtoParts']> {
  const p50 = async (once: (copy: object) => Promise<unknown>) =>
    percentiles(await sample(body, once)).p50Ms;
  // class-validator only reads what it validates, so one instance serves every run.
  const dto = plainToInstance(CreateInvoiceRequestDto, structuredClone(body));
  const withoutWhitelist = { ...VALIDATOR_OPTIONS, whitelist: false, forbidNonWhitelisted: false };
  return {
    plainToInstanceMs: await p50((copy) =>
      Promise.resolve(plainToInstance(CreateInvoiceRequestDto, copy)),
    ),
    validateMs: await p50(() => validate(dto, VALIDATOR_OPTIONS)),
    validateWithoutWhitelistMs: await p50(() => validate(dto, withoutWhitelist)),
    floorMs: await p50((copy) => validateAtTheFloor((copy as { items: unknown[] }).items)),
  };
}
