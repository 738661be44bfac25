/*
 * The baseline: the thinnest correct pass-through proxy one could write in Node. `node:http` in,
 * an undici keep-alive Pool out, no validation, no mapping, no logging. It forwards
 *   GET  /api/v1/invoices/:number  ->  GET  /v2/bills/:number
 *   POST /api/v1/invoices          ->  POST /v2/bills/validate
 * with the caller's bearer token and returns Factus's status and body as they are.
 * Run by bench/processes.ts with UPSTREAM_URL, PORT and HOST.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'undici';

const upstream = new Pool(process.env.UPSTREAM_URL ?? 'http://127.0.0.1:4010', {
  connections: 128,
  pipelining: 1,
  keepAliveTimeout: 30_000,
});

const SHOW = /^\/api\/v1\/invoices\/([^/?]+)$/;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function forward(
  response: ServerResponse,
  method: 'GET' | 'POST',
  path: string,
  authorization: string | undefined,
  body?: Buffer,
): Promise<void> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (authorization) headers.authorization = authorization;
  if (body) headers['content-type'] = 'application/json';
  const answer = await upstream.request({ method, path, headers, body });
  const payload = Buffer.from(await answer.body.arrayBuffer());
  response.writeHead(answer.statusCode, {
    'content-type': String(answer.headers['content-type'] ?? 'application/json'),
    'content-length': payload.length,
  });
  response.end(payload);
}

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const show = request.method === 'GET' ? SHOW.exec(url) : null;
  let work: Promise<void>;
  if (show) {
    work = forward(response, 'GET', `/v2/bills/${show[1]}`, request.headers.authorization);
  } else if (request.method === 'POST' && url === '/api/v1/invoices') {
    work = readBody(request).then((body) =>
      forward(response, 'POST', '/v2/bills/validate', request.headers.authorization, body),
    );
  } else {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"message":"not found"}');
    return;
  }
  work.catch(() => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
    response.end('{"message":"upstream failed"}');
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');

const stop = () => {
  server.close();
  server.closeAllConnections();
  void upstream.close().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
