import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** A strong entity tag: a hash of the exact bytes sent. */
export function etagOf(content: string | Buffer): string {
  return `"${createHash('sha256').update(content).digest('base64url').slice(0, 32)}"`;
}

/**
 * An entity-tag as RFC 9110 §8.8.3 spells it: an optional weakness prefix and a quoted opaque
 * part. Matching whole tags (not splitting on commas) keeps `"a,b"` one tag, as the grammar says.
 */
const ENTITY_TAG = /(?:W\/)?"[\x21\x23-\x7e\x80-\xff]*"/g;

/** The opaque part of a tag: weak comparison ignores the `W/` prefix (RFC 9110 §8.8.3.2). */
const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/**
 * Whether an `If-None-Match` header matches the current tag (RFC 9110 §13.1.2: weak comparison,
 * so `W/"x"` matches `"x"`; `*` — only as the whole field value — matches any representation).
 */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const current = opaque(etag);
  return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === current);
}

/**
 * The one conditional-GET step every route uses: sends the `ETag` and `Cache-Control` headers
 * and, when the caller's copy is current, sets 304. Returns true when the body must not be sent.
 */
export function answerNotModified(
  reply: FastifyReply,
  validator: { etag: string; cacheControl: string },
  ifNoneMatch: string | undefined,
): boolean {
  void reply.header('etag', validator.etag).header('cache-control', validator.cacheControl);
  if (!ifNoneMatchHits(ifNoneMatch, validator.etag)) return false;
  void reply.status(HttpStatus.NOT_MODIFIED);
  return true;
}
