import request from 'supertest';

/**
 * Polls `probe` until `done` accepts what it returned, and returns that; fails after `timeoutMs`
 * with the last value seen (a failed probe counts as not done yet). A deadline, not a sleep.
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = last === undefined ? String(lastError) : JSON.stringify(last);
      throw new Error(`condition not met within ${timeoutMs} ms; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface LedgerRecordBody {
  documentType: string;
  referenceCode: string;
  state: string;
  number?: string;
  cufe?: string;
  cude?: string;
  attempts: number;
  lastError?: { code: string; message: string };
  history?: Array<{ from?: string; to: string; reason: string }>;
  links: { self: string; document?: string };
}

/** GET of a ledger record (`/api/v1/<collection>/by-reference/<ref>`) as the ERP follows it. */
export async function ledgerRecord(
  serviceUrl: string,
  location: string,
  headers: Record<string, string>,
): Promise<LedgerRecordBody> {
  const response = await request(serviceUrl).get(location).set(headers);
  if (response.status !== 200) throw new Error(`GET ${location}: HTTP ${response.status}`);
  return response.body as LedgerRecordBody;
}

/** Follows a record until it is in `state` (or fails naming the state it was in). */
export function untilState(
  serviceUrl: string,
  location: string,
  headers: Record<string, string>,
  state: string,
  timeoutMs = 15_000,
): Promise<LedgerRecordBody> {
  return pollUntil(
    () => ledgerRecord(serviceUrl, location, headers),
    (record) => record.state === state,
    timeoutMs,
  );
}

export interface SimulatedDocument {
  type: string;
  reference_code: string;
  number: string;
  status: string;
  bill_number?: string | null;
}

/** What the simulated Factus holds (every kind, or one), optionally for one reference. */
export async function factusDocuments(
  simulatorUrl: string,
  query: { reference_code?: string; kind?: string } = {},
): Promise<SimulatedDocument[]> {
  const response = await request(simulatorUrl)
    .get('/__simulator/documents')
    .query(query)
    .expect(200);
  return (response.body as { data: SimulatedDocument[] }).data;
}

/** Queues DIAN's next answer at the simulator. */
export async function queueDianOutcome(
  simulatorUrl: string,
  outcome: 'pending' | 'rejected' | 'rule90' | 'validated',
  count = 1,
): Promise<void> {
  await request(simulatorUrl)
    .post('/__simulator/dian/outcomes')
    .send({ outcome, count })
    .expect(201);
}
