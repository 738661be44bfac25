import { Webhook } from 'standardwebhooks';
import { newSigningSecret } from './webhook-endpoint-secret';

describe('newSigningSecret', () => {
  it('is whsec_ + base64 of 32 random bytes, new every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, newSigningSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    }
  });

  it('is a secret the standardwebhooks package signs and verifies with as it is', () => {
    const secret = newSigningSecret();
    const payload = JSON.stringify({ type: 'invoice.validated' });
    const timestamp = new Date();
    const signature = new Webhook(secret).sign('evt_1', timestamp, payload);
    expect(signature).toMatch(/^v1,/);
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    };
    expect(new Webhook(secret).verify(payload, headers)).toEqual({ type: 'invoice.validated' });
    expect(() => new Webhook(newSigningSecret()).verify(payload, headers)).toThrow();
  });
});
