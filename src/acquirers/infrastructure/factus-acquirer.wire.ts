import { z } from 'zod';
import { factusEnvelope, optionalField, optionalText } from '../../factus/wire';

/** `data` of `GET /v2/dian/acquirer` (factus-api.md §2.9). */
export const factusAcquirerSchema = z.object({ name: optionalText, email: optionalText });
export type FactusAcquirerWire = z.output<typeof factusAcquirerSchema>;

/** DIAN answers some unknown numbers with no data at all: the envelope allows it. */
export const acquirerAnswer = factusEnvelope(optionalField(factusAcquirerSchema));
