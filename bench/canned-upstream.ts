/*
 * The canned upstream: answers the Factus calls the show and create scenarios make in
 * microseconds, so that neither the service nor the baseline proxy ever waits on its upstream.
 * At start-up it records real answers from the Factus simulator (SOURCE_URL) once — a token, the
 * numbering ranges, one 20-line bill created and shown — then serves the same bytes:
 *   POST /oauth/token                      the recorded token answer (any grant, no check)
 *   GET  /v2/numbering-ranges[?…]          the recorded list (any query)
 *   GET  /v2/numbering-ranges/:id          the recorded range, for the ids the list holds
 *   GET  /v2/bills/:number                 the recorded show body, whatever the number
 *   POST /v2/bills/validate                the recorded create answer (201) with the request's
 *                                          reference_code and a fresh number spliced in by
 *                                          string concatenation (no JSON parse or stringify)
 *   GET  /                                 200 (the service's reachability check)
 *   GET  /__canned/info                    what was recorded, and the counters
 * Anything else is 404 and counted under `unknown`, so the bench can say when the service called
 * something the recording lacks (its figures would then not be the ones of a real call).
 * No authentication, no validation, no logging. Run by bench/processes.ts with SOURCE_URL, PORT
 * and HOST; it prints `listening on <url>` once ready.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import { factusBill, invoiceLines } from './invoice-bodies';

/** The lines of the recorded bill: those of the create scenario. */
const RECORDED_LINES = 20;

interface Recorded {
  status: number;
  body: Buffer;
}

/** A body with holes: `parts` joined by the values given, in order. */
interface Template {
  status: number;
  parts: string[];
}

export interface CannedInfo {
  /** The number of the recorded bill (any number is shown with its body). */
  showNumber: string;
  bytes: { token: number; show: number; create: number; ranges: number };
  requests: number;
  byRoute: Record<string, number>;
  /** Requests the recording has no answer for, `METHOD path` → count. */
  unknown: Record<string, number>;
}

async function record(source: string): Promise<{
  token: Recorded;
  ranges: Recorded;
  rangeById: Map<string, Recorded>;
  show: Recorded;
  create: Template;
  createNumber: string;
}> {
  const form = await fetch(`${source}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: SIMULATOR_DEMO_ACCOUNT.clientId,
      client_secret: SIMULATOR_DEMO_ACCOUNT.clientSecret,
      username: SIMULATOR_DEMO_ACCOUNT.email,
      password: SIMULATOR_DEMO_ACCOUNT.password,
    }).toString(),
  });
  const token = await recorded(form, 'POST /oauth/token');
  const { access_token: accessToken } = JSON.parse(token.body.toString('utf8')) as {
    access_token: string;
  };
  const authorized = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
  const get = async (path: string) =>
    recorded(await fetch(`${source}${path}`, { headers: authorized }), `GET ${path}`);

  const ranges = await get('/v2/numbering-ranges?filter%5Bper_page%5D=100&page=1');
  const rangeById = new Map<string, Recorded>();
  const listed = JSON.parse(ranges.body.toString('utf8')) as { data?: { data?: { id: number }[] } };
  for (const { id } of listed.data?.data ?? []) {
    rangeById.set(String(id), await get(`/v2/numbering-ranges/${id}`));
  }

  const reference = `CANNED-${process.pid}-${Date.now()}`;
  const created = await recorded(
    await fetch(`${source}/v2/bills/validate`, {
      method: 'POST',
      headers: { ...authorized, 'content-type': 'application/json' },
      body: JSON.stringify(factusBill(reference, invoiceLines(RECORDED_LINES))),
    }),
    'POST /v2/bills/validate',
  );
  const createText = created.body.toString('utf8');
  const createNumber = (JSON.parse(createText) as { data?: { number?: string } }).data?.number;
  if (!createNumber) throw new Error(`No data.number in ${createText.slice(0, 300)}`);
  const show = await get(`/v2/bills/${encodeURIComponent(createNumber)}`);
  return {
    token,
    ranges,
    rangeById,
    show,
    createNumber,
    create: { status: created.status, parts: holes(createText, [reference, createNumber]) },
  };
}

async function recorded(response: Response, what: string): Promise<Recorded> {
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status >= 300)
    throw new Error(`${what}: ${response.status} ${body.toString('utf8').slice(0, 300)}`);
  return { status: response.status, body };
}

/**
 * Splits `text` at every occurrence of each of `values` (the first value's holes first):
 * `parts` alternate text and hole markers `\0<index>`.
 */
export function holes(text: string, values: readonly string[]): string[] {
  let parts = [text];
  values.forEach((value, index) => {
    parts = parts.flatMap((part) => {
      if (part.startsWith('\0')) return [part];
      const pieces = part.split(value);
      return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [`\0${index}`, piece]));
    });
  });
  return parts;
}

/** `template` with its holes filled by `values` (by index). */
export function fill(parts: readonly string[], values: readonly string[]): string {
  let out = '';
  for (const part of parts) out += part.charCodeAt(0) === 0 ? values[Number(part.slice(1))] : part;
  return out;
}

/** The request's `"reference_code":"…"`, read without parsing the body (Factus's field is flat). */
export function referenceOf(body: string): string | undefined {
  const match = /"reference_code"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body);
  return match?.[1];
}

/** The numbers after the recorded one, in as many digits: `SETP990000001` → `SETP990000002`, … */
export function numberer(recordedNumber: string): () => string {
  const match = /^(.*?)(\d{1,15})$/.exec(recordedNumber);
  if (!match) return () => recordedNumber;
  const [, prefix, digits] = match;
  const modulo = 10 ** digits.length;
  let next = Number(digits);
  return () => {
    next = (next + 1) % modulo;
    return `${prefix}${String(next).padStart(digits.length, '0')}`;
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function send(response: ServerResponse, status: number, body: Buffer | string): void {
  response.writeHead(status, {
    ...JSON_HEADERS,
    'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length,
  });
  response.end(body);
}

async function main(): Promise<void> {
  const source = process.env.SOURCE_URL;
  if (!source) throw new Error('SOURCE_URL (the simulator to record from) is required');
  const recording = await record(source);
  const nextNumber = numberer(recording.createNumber);
  const byRoute: Record<string, number> = {};
  const unknown: Record<string, number> = {};
  let requests = 0;
  const count = (route: string) => (byRoute[route] = (byRoute[route] ?? 0) + 1);
  const info = (): CannedInfo => ({
    showNumber: recording.createNumber,
    bytes: {
      token: recording.token.body.length,
      show: recording.show.body.length,
      create: Buffer.byteLength(
        fill(recording.create.parts, ['CANNED-REFERENCE', recording.createNumber]),
      ),
      ranges: recording.ranges.body.length,
    },
    requests,
    byRoute,
    unknown,
  });
  const RANGE = /^\/v2\/numbering-ranges\/(\d+)$/;

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const path = url.split('?', 1)[0];
    const method = request.method ?? 'GET';
    if (path === '/__canned/info') return send(response, 200, JSON.stringify(info()));
    requests += 1;
    if (method === 'GET' && path.startsWith('/v2/bills/') && path.indexOf('/', 10) === -1) {
      count('GET /v2/bills/:number');
      return send(response, recording.show.status, recording.show.body);
    }
    if (method === 'POST' && path === '/v2/bills/validate') {
      count('POST /v2/bills/validate');
      void readBody(request).then((body) => {
        const reference = referenceOf(body) ?? '';
        send(
          response,
          recording.create.status,
          fill(recording.create.parts, [reference, nextNumber()]),
        );
      });
      return;
    }
    if (method === 'POST' && path === '/oauth/token') {
      count('POST /oauth/token');
      request.resume();
      return send(response, recording.token.status, recording.token.body);
    }
    if (method === 'GET' && path === '/v2/numbering-ranges') {
      count('GET /v2/numbering-ranges');
      return send(response, recording.ranges.status, recording.ranges.body);
    }
    const range = method === 'GET' ? RANGE.exec(path) : null;
    const shownRange = range ? recording.rangeById.get(range[1]) : undefined;
    if (shownRange) {
      count('GET /v2/numbering-ranges/:id');
      return send(response, shownRange.status, shownRange.body);
    }
    if (method === 'GET' && path === '/') {
      count('GET /');
      return send(response, 200, '{"status":"OK"}');
    }
    const what = `${method} ${path}`;
    unknown[what] = (unknown[what] ?? 0) + 1;
    request.resume();
    send(response, 404, '{"status":"Not Found","message":"canned upstream: not recorded"}');
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`canned upstream listening on http://${process.env.HOST ?? '127.0.0.1'}:${port}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
