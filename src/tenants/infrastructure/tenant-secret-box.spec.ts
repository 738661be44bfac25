import { randomBytes } from 'node:crypto';
import {
  NoSecretKeyError,
  TenantSecretBox,
  UnknownSecretKeyError,
  UnreadableSecretError,
} from './tenant-secret-box';

const K1 = { id: 'k1', key: randomBytes(32) };
const K2 = { id: 'k2', key: randomBytes(32) };
const SECRET = 'client-secret-Ñandú-0123456789';

describe('TenantSecretBox', () => {
  const box = new TenantSecretBox([K1]);

  it('seals with a fresh IV each time, naming the key id, and opens what it sealed', () => {
    const a = box.seal('acme', 'client_secret', SECRET);
    const b = box.seal('acme', 'client_secret', SECRET);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toContain(SECRET);
    expect(box.open('acme', 'client_secret', a)).toBe(SECRET);
    expect(box.open('acme', 'password', box.seal('acme', 'password', ''))).toBe('');
  });

  it('refuses a ciphertext moved onto another tenant or another field', () => {
    const sealed = box.seal('acme', 'client_secret', SECRET);
    expect(() => box.open('globex', 'client_secret', sealed)).toThrow(UnreadableSecretError);
    expect(() => box.open('acme', 'password', sealed)).toThrow(UnreadableSecretError);
  });

  it('refuses an altered or malformed secret without echoing it', () => {
    const sealed = box.seal('acme', 'password', SECRET);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4], 'base64url');
    body[0] ^= 1;
    parts[4] = body.toString('base64url');
    for (const bad of [parts.join('.'), 'v1.k1.x', 'v2' + sealed.slice(2), 'plain']) {
      let caught: unknown;
      try {
        box.open('acme', 'password', bad);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UnreadableSecretError);
      expect((caught as Error).message).not.toContain(bad);
    }
  });

  it('opens secrets of an older key after a rotation, and says they are not current', () => {
    const old = box.seal('acme', 'password', SECRET);
    const rotated = new TenantSecretBox([K2, K1]);
    expect(rotated.open('acme', 'password', old)).toBe(SECRET);
    expect(rotated.isCurrent(old)).toBe(false);
    const resealed = rotated.seal('acme', 'password', SECRET);
    expect(resealed.startsWith('v1.k2.')).toBe(true);
    expect(rotated.isCurrent(resealed)).toBe(true);
    expect(box.isCurrent(old)).toBe(true);
  });

  it('names the unknown key id, never the content', () => {
    const sealed = new TenantSecretBox([K2]).seal('acme', 'password', SECRET);
    let caught: unknown;
    try {
      box.open('acme', 'password', sealed);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownSecretKeyError);
    expect((caught as UnknownSecretKeyError).keyId).toBe('k2');
    expect((caught as Error).message).toContain('"k2"');
    expect((caught as Error).message).not.toContain(sealed.split('.')[4]);
  });

  it('cannot seal without a key', () => {
    expect(() => new TenantSecretBox([]).seal('acme', 'password', SECRET)).toThrow(
      NoSecretKeyError,
    );
    expect(new TenantSecretBox([]).isCurrent('v1.k1.a.b.c')).toBe(false);
  });
});
