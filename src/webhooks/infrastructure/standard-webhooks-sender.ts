import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import type {
  AttemptReport,
  WebhookRequest,
  WebhookSender,
} from '../domain/webhook-deliveries.port';

const USER_AGENT = 'factus-api-webhooks/1.0 (Standard Webhooks)';
/** A receiver's answer is not read beyond this (only its status matters). */
const MAX_ERROR_BODY = 200;

/**
 * Signs and POSTs one delivery with Node's own http(s) client rather than the @nestjs/axios
 * HttpModule (that one is the Factus transport, with its interceptors, retries and breaker) or
 * fetch (which cannot be told which address to connect to): the connection goes to an address
 * the target guard checked (a name that resolves elsewhere by now is not followed: no DNS
 * rebinding), redirects are never followed (a 3xx is a failed attempt), and the whole attempt
 * has a deadline. The signature is the `standardwebhooks` package's, one `v1,` entry per secret.
 */
@Injectable()
export class StandardWebhooksSender implements WebhookSender {
  async send(request: WebhookRequest): Promise<AttemptReport> {
    const started = performance.now();
    const headers = {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': request.eventId,
      'webhook-timestamp': String(Math.floor(request.timestamp.getTime() / 1000)),
      'webhook-signature': request.secrets
        .map((secret) =>
          new Webhook(secret).sign(request.eventId, request.timestamp, request.payload),
        )
        .join(' '),
      'content-length': String(Buffer.byteLength(request.payload)),
    };
    try {
      const statusCode = await post(request, headers);
      const durationMs = performance.now() - started;
      return statusCode >= 200 && statusCode < 300
        ? { statusCode, durationMs }
        : { statusCode, durationMs, error: `HTTP ${statusCode}` };
    } catch (error) {
      return { durationMs: performance.now() - started, error: describe(error) };
    }
  }
}

function post(request: WebhookRequest, headers: Record<string, string>): Promise<number> {
  const send = request.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      request.url,
      {
        method: 'POST',
        headers,
        lookup: pinnedLookup(request.addresses),
        signal: AbortSignal.timeout(request.timeoutMs),
      },
      (response: IncomingMessage) => {
        // Drain a little (the status is the answer), then let the socket go.
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ERROR_BODY * 100) response.destroy();
        });
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('close', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(request.payload);
  });
}

/** Resolves the target's name to the addresses checked before (never asks DNS again). */
function pinnedLookup(addresses: string[]): LookupFunction {
  return (_host, options, callback) => {
    const entries = addresses.map((address) => ({ address, family: isIP(address) }));
    if (entries.length === 0) {
      callback(new Error('no checked address for the webhook target'), '', 0);
      return;
    }
    if (options.all) callback(null, entries);
    else callback(null, entries[0].address, entries[0].family);
  };
}

/** Node's errors may come from another realm (no instanceof): read their fields. */
function describe(error: unknown): string {
  const { name, code, message } = (error ?? {}) as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
  };
  // The deadline's abort (its name and code differ between Node versions).
  if (
    [name, code].some(
      (value) => typeof value === 'string' && /^(TimeoutError|AbortError|ABORT_ERR)$/.test(value),
    )
  )
    return 'timed out';
  const text = typeof message === 'string' ? message : String(error);
  return (typeof code === 'string' ? `${code}: ${text}` : text).slice(0, MAX_ERROR_BODY);
}
