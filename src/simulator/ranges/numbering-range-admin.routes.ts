import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { bogotaIsoDate } from '../bills/factus-dates';
import { NUMBERING_RANGE_DOCUMENTS, has } from '../catalogs/dian-codes';
import { FieldErrors, msg, validationFailed } from '../core/laravel-validation';
import { SimContext, simRoute, SimResponse } from '../core/sim-route';
import { rangeDetail } from './numbering-range.routes';
import type { NumberingRange } from './numbering-ranges';

/** Documents whose ranges come from a DIAN resolution (the docs: resolution_number required). */
const WITH_RESOLUTION = new Set(['21', '24', '30']);
/** Documents whose CUFE uses the range's technical key. */
const WITH_TECHNICAL_KEY = new Set(['21', '30']);
const PREFIX_MAX = 4;
/** Numbers a simulated DIAN resolution authorises. */
const RESOLUTION_SIZE = 5_000_000;

/**
 * Managing ranges as Factus v2 documents it (rangos-de-numeracion/facturacion): `POST
 * /v2/numbering-ranges`, `PATCH …/:id/current`, `PATCH …/:id/toggle-status` and `DELETE …/:id`.
 * The resolution's numbers, dates and technical key come from what DIAN associated to the
 * software (`GET …/dian`) when the prefix and resolution number match one.
 */
export function registerNumberingRangeAdminRoutes(
  app: FastifyInstance,
  billing: BillingState,
): void {
  const { ranges, state } = billing;
  const now = () => new Date(state.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');

  simRoute(app, state, 'POST', '/v2/numbering-ranges', { auth: 'bearer' }, ({ body }) => {
    const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const errors: FieldErrors = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);

    const document = scalar(input.document);
    if (document === undefined) add('document', msg.required('document'));
    else if (!has(NUMBERING_RANGE_DOCUMENTS, document)) add('document', msg.invalid('document'));

    const prefix = scalar(input.prefix);
    if (prefix === undefined) add('prefix', msg.required('prefix'));
    else if (prefix.length > PREFIX_MAX) add('prefix', msg.maxChars('prefix', PREFIX_MAX));
    else if (!/^[A-Za-z0-9]+$/.test(prefix)) add('prefix', msg.invalid('prefix'));
    else if (ranges.all().some((r) => r.document === document && r.prefix === prefix)) {
      add('prefix', 'El campo prefix ya ha sido registrado.');
    }

    const resolution = scalar(input.resolution_number);
    if (document && WITH_RESOLUTION.has(document) && resolution === undefined) {
      add('resolution_number', msg.requiredIf('resolution_number', 'document', document));
    }

    const currentText = scalar(input.current);
    if (currentText === undefined) add('current', msg.required('current'));
    else if (!/^\d+$/.test(currentText)) add('current', msg.integer('current'));

    if (Object.keys(errors).length > 0 || !document || !prefix || !currentText) {
      return validationFailed(errors);
    }

    const current = Number(currentText);
    const withResolution = WITH_RESOLUTION.has(document);
    const dian =
      withResolution && resolution ? ranges.dianResolution(prefix, resolution) : undefined;
    const today = bogotaIsoDate(state.clock());
    const range = ranges.add({
      document,
      prefix,
      ...(dian
        ? {
            from: dian.from,
            to: dian.to,
            startDate: dian.startDate,
            endDate: dian.endDate,
            technicalKey: WITH_TECHNICAL_KEY.has(document) ? dian.technicalKey : null,
          }
        : inventedResolution(document, prefix, resolution, current, today)),
      current,
      resolutionNumber: withResolution ? (resolution ?? null) : null,
      isActive: true,
      createdAt: now(),
      updatedAt: now(),
    });
    return {
      status: 201,
      body: {
        status: 'Created',
        message: 'Rango de numeración creado con éxito',
        data: rangeDetail(range, ranges),
      },
    };
  });

  simRoute(app, state, 'PATCH', '/v2/numbering-ranges/:id/current', { auth: 'bearer' }, (ctx) =>
    withRange(ctx, (range) => {
      const input = (ctx.body && typeof ctx.body === 'object' ? ctx.body : {}) as Record<
        string,
        unknown
      >;
      const text = scalar(input.current);
      if (text === undefined) return validationFailed({ current: [msg.required('current')] });
      if (!/^\d+$/.test(text)) return validationFailed({ current: [msg.integer('current')] });
      const current = Number(text);
      if (current < range.from || current > range.to) {
        return validationFailed({ current: [msg.between('current', range.from, range.to)] });
      }
      // Assumption (the page documents no error): a consecutive already given to a document
      // would number a second one the same, so it is refused.
      const used = highestUsed(range);
      if (used !== undefined && current <= used) {
        return validationFailed({ current: [msg.min('current', used + 1)] });
      }
      range.current = current;
      range.updatedAt = now();
      return {
        status: 200,
        body: {
          status: 'OK',
          message: 'Rango de numeración actualizado con éxito',
          data: rangeDetail(range, ranges),
        },
      };
    }),
  );

  simRoute(
    app,
    state,
    'PATCH',
    '/v2/numbering-ranges/:id/toggle-status',
    { auth: 'bearer' },
    (ctx) =>
      withRange(ctx, (range) => {
        range.isActive = !range.isActive;
        range.updatedAt = now();
        return {
          status: 200,
          body: {
            status: 'OK',
            message: 'Estado del rango de numeración actualizado con éxito',
            data: rangeDetail(range, ranges),
          },
        };
      }),
  );

  simRoute(app, state, 'DELETE', '/v2/numbering-ranges/:id', { auth: 'bearer' }, (ctx) =>
    withRange(ctx, (range) => {
      // Assumption (eliminar-rango.md documents only the 200): a range documents were numbered
      // from is history DIAN holds, so it is refused with 409 rather than deleted.
      if (billing.allDocuments().some((document) => document.range.id === range.id)) {
        return {
          status: 409,
          body: {
            status: 'Conflict',
            message: 'El rango de numeración tiene documentos asociados y no se puede eliminar',
          },
        };
      }
      ranges.remove(range.id);
      return {
        status: 200,
        body: { status: 'OK', message: 'Rango de numeración eliminado con éxito' },
      };
    }),
  );

  function highestUsed(range: NumberingRange): number | undefined {
    const used = billing
      .allDocuments()
      .filter((document) => document.range.id === range.id)
      .map((document) => Number(document.number.slice(range.prefix.length)));
    return used.length > 0 ? Math.max(...used) : undefined;
  }

  function withRange(
    ctx: SimContext,
    handler: (range: NumberingRange) => SimResponse,
  ): SimResponse {
    const id = ctx.params.id;
    const range = /^\d+$/.test(id) ? ranges.byId(Number(id)) : undefined;
    if (!range) {
      return {
        status: 404,
        body: { status: 'Not Found', message: 'Rango de numeración no encontrado' },
      };
    }
    return handler(range);
  }
}

/**
 * The numbers, dates and technical key of a range whose resolution DIAN has not associated to the
 * software (assumption: Factus's behaviour then is undocumented; the simulator invents a
 * resolution valid from today for two years rather than refusing).
 */
function inventedResolution(
  document: string,
  prefix: string,
  resolution: string | undefined,
  current: number,
  today: string,
): Pick<NumberingRange, 'from' | 'to' | 'startDate' | 'endDate' | 'technicalKey'> {
  const withResolution = WITH_RESOLUTION.has(document);
  return {
    from: withResolution ? current : 1,
    to: withResolution ? current + RESOLUTION_SIZE - 1 : 16_000_000,
    startDate: withResolution ? today : null,
    endDate: withResolution ? `${Number(today.slice(0, 4)) + 2}${today.slice(4)}` : null,
    technicalKey: WITH_TECHNICAL_KEY.has(document)
      ? createHash('sha1')
          .update(`${prefix}:${resolution ?? ''}`)
          .digest('hex')
      : null,
  };
}

/** A string or number field as trimmed text; undefined when absent or empty. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
