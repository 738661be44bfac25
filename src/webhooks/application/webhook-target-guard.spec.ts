import { WebhookTargetRefusedError } from '../domain/webhook.errors';
import { HostResolver, WebhookTargetGuard } from './webhook-target-guard';

const PRODUCTION = { requireHttps: true, allowPrivateTargets: false };
const DEVELOPMENT = { requireHttps: false, allowPrivateTargets: false };

/** A DNS of a few names; any other name does not resolve. */
const DNS: Record<string, string[]> = {
  'hooks.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'internal.example.com': ['93.184.216.34', '10.1.2.3'],
  'rebind.example.com': ['::ffff:169.254.169.254'],
  localhost: ['127.0.0.1', '::1'],
  'metadata.google.internal': ['169.254.169.254'],
};
const fakeDns: HostResolver = (host) =>
  DNS[host] ? Promise.resolve(DNS[host]) : Promise.reject(new Error(`ENOTFOUND ${host}`));

const guard = (config = PRODUCTION, resolver: HostResolver = fakeDns) =>
  new WebhookTargetGuard(config, resolver);

/** The refusal's reason as the caller sees it in `errors[0]` (field `url`), or 'accepted'. */
async function verdict(url: string, config = PRODUCTION): Promise<string> {
  try {
    await guard(config).check(url);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof WebhookTargetRefusedError)) throw error;
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0].field).toBe('url');
    return error.errors[0].message;
  }
}

describe('WebhookTargetGuard', () => {
  it.each([
    ['https://10.0.0.1/', 'a private address'],
    ['https://10.255.255.255/', 'a private address'],
    ['https://172.16.0.1/', 'a private address'],
    ['https://172.31.255.254/', 'a private address'],
    ['https://192.168.1.10:8443/hooks', 'a private address'],
    ['https://[fc00::1]/', 'a private address'],
    ['https://[fd12:3456:789a::1]/', 'a private address'],
    ['https://127.0.0.1/', 'a loopback address'],
    ['https://127.10.20.30/', 'a loopback address'],
    ['https://[::1]/', 'a loopback address'],
    ['https://169.254.169.254/latest/meta-data', 'the cloud metadata address'],
    ['https://169.254.1.1/', 'a link-local address'],
    ['https://[fe80::1]/', 'a link-local address'],
    ['https://0.0.0.0/', 'an unspecified address'],
    ['https://[::]/', 'an unspecified address'],
    ['https://100.64.0.1/', 'a shared (CGNAT) address'],
    ['https://100.127.255.254/', 'a shared (CGNAT) address'],
    ['https://224.0.0.1/', 'a multicast or reserved address'],
    ['https://[::ffff:10.0.0.1]/', 'a private address'],
    ['https://[::ffff:127.0.0.1]/', 'a loopback address'],
    ['https://[::ffff:169.254.169.254]/', 'the cloud metadata address'],
    ['https://[::ffff:a9fe:a9fe]/', 'the cloud metadata address'],
    ['https://[::10.0.0.1]/', 'an IPv4-compatible IPv6 address'],
    // The WHATWG parser reads every IPv4 spelling as the address it is.
    ['https://2130706433/', 'a loopback address'],
    ['https://0x7f.1/', 'a loopback address'],
    ['https://0251.0376.0251.0376/', 'the cloud metadata address'],
  ])('refuses %s in production: %s', async (url, reason) => {
    expect(await verdict(url)).toMatch(new RegExp(`is ${reason.replace(/[()]/g, '\\$&')}$`));
  });

  it('names the address a refused literal is', async () => {
    expect(await verdict('http://169.254.169.254/latest', DEVELOPMENT)).toBe(
      '169.254.169.254 is the cloud metadata address',
    );
  });

  it.each(['https://metadata.google.internal/computeMetadata/v1/', 'https://metadata.goog./'])(
    'refuses the metadata service by name (%s), without resolving it',
    async (url) => {
      const resolver = jest.fn(fakeDns);
      await expect(guard(DEVELOPMENT, resolver).check(url)).rejects.toThrow(
        /is a cloud metadata service/,
      );
      expect(resolver).not.toHaveBeenCalled();
    },
  );

  it('refuses a name when any of its addresses is refused, naming the name and the address', async () => {
    expect(await verdict('https://internal.example.com/hook')).toBe(
      'internal.example.com resolves to 10.1.2.3, which is a private address',
    );
    expect(await verdict('https://rebind.example.com/')).toBe(
      'rebind.example.com resolves to ::ffff:169.254.169.254, which is the cloud metadata address',
    );
  });

  it('refuses a name that does not resolve, saying so', async () => {
    expect(await verdict('https://nowhere.invalid/hook')).toBe(
      'the host nowhere.invalid does not resolve to any address',
    );
    const empty = guard(PRODUCTION, () => Promise.resolve([]));
    await expect(empty.check('https://hooks.example.com/')).rejects.toThrow(/does not resolve/);
  });

  it('accepts a public name and public addresses, and gives the addresses it checked', async () => {
    const checked = await guard().check('https://hooks.example.com/factus?x=1');
    expect(checked.url.href).toBe('https://hooks.example.com/factus?x=1');
    expect(checked.addresses).toEqual(DNS['hooks.example.com']);
    expect(await verdict('https://93.184.216.34/hook')).toBe('accepted');
    expect(await verdict('https://[2606:4700:4700::1111]/hook')).toBe('accepted');
    expect(await verdict('https://[::ffff:93.184.216.34]/hook')).toBe('accepted');
    // Next to the private ranges, not in them.
    expect(await verdict('https://172.32.0.1/')).toBe('accepted');
    expect(await verdict('https://100.128.0.1/')).toBe('accepted');
  });

  it('requires https in production, and accepts http outside it', async () => {
    expect(await verdict('http://hooks.example.com/')).toBe(
      'the scheme must be https (http is refused here)',
    );
    expect(await verdict('http://hooks.example.com/', DEVELOPMENT)).toBe('accepted');
  });

  it('accepts loopback outside production only (a local receiver), by address or by name', async () => {
    expect(await verdict('http://127.0.0.1:4000/hooks', DEVELOPMENT)).toBe('accepted');
    expect(await verdict('http://[::1]:4000/hooks', DEVELOPMENT)).toBe('accepted');
    expect(await verdict('http://localhost:4000/hooks', DEVELOPMENT)).toBe('accepted');
    expect(await verdict('https://localhost/hooks')).toBe(
      'localhost resolves to 127.0.0.1, which is a loopback address',
    );
    // Outside production the private ranges stay refused.
    expect(await verdict('http://10.0.0.1/', DEVELOPMENT)).toBe('10.0.0.1 is a private address');
    expect(await verdict('http://[::1]/')).toBe('the scheme must be https (http is refused here)');
  });

  it('refuses credentials in the URL, other schemes and what is not a URL', async () => {
    expect(await verdict('https://user:secret@hooks.example.com/')).toMatch(
      /must not hold credentials/,
    );
    expect(await verdict('https://user@hooks.example.com/')).toMatch(/must not hold credentials/);
    expect(await verdict('ftp://hooks.example.com/')).toBe('the scheme must be https, not ftp:');
    expect(await verdict('file:///etc/passwd')).toBe('the scheme must be https, not file:');
    expect(await verdict('hooks.example.com/path')).toBe('url must be an absolute http(s) URL');
  });

  it('accepts every target with allowPrivateTargets (an on-premises ERP), https still required', async () => {
    const allowAll = { requireHttps: true, allowPrivateTargets: true };
    for (const url of [
      'https://10.0.0.1/',
      'https://169.254.169.254/',
      'https://[fe80::1]/',
      'https://[::1]/',
      'https://metadata.google.internal/',
      'https://internal.example.com/',
    ])
      expect(await verdict(url, allowAll)).toBe('accepted');
    expect(await verdict('http://10.0.0.1/', allowAll)).toMatch(/must be https/);
  });

  it('tells the delivery worker why a resolved address is refused', () => {
    expect(guard().refusalOf('10.0.0.1')).toBe('a private address');
    expect(guard().refusalOf('fe80::abcd')).toBe('a link-local address');
    expect(guard().refusalOf('127.0.0.1')).toBe('a loopback address');
    expect(guard(DEVELOPMENT).refusalOf('127.0.0.1')).toBeUndefined();
    expect(guard().refusalOf('93.184.216.34')).toBeUndefined();
  });

  it('refuses a name whose resolution never answers, after its deadline', async () => {
    jest.useFakeTimers();
    try {
      const hanging = guard(PRODUCTION, () => new Promise<string[]>(() => undefined));
      const checked = hanging.check('https://slow.example.com/');
      const refused = expect(checked).rejects.toThrow(/does not resolve/);
      await jest.advanceTimersByTimeAsync(5_000);
      await refused;
    } finally {
      jest.useRealTimers();
    }
  });
});
