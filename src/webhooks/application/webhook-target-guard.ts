import { Inject, Injectable, Optional } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { WEBHOOKS_CONFIG, type WebhooksConfig } from '../../config/config-tokens';
import { WebhookTargetRefusedError } from '../domain/webhook.errors';

/** Every address a host name resolves to (A and AAAA); rejects when it does not resolve. */
export type HostResolver = (host: string) => Promise<string[]>;
export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

/** A URL webhooks may be sent to, and the addresses its host had when it was checked. */
export interface CheckedTarget {
  url: URL;
  /** The literal address, or what the name resolved to: connect to one of these (no rebinding). */
  addresses: string[];
}

/** A name that takes longer than this to resolve is refused (getaddrinfo has no deadline). */
const RESOLVE_TIMEOUT_MS = 5_000;

/** Cloud metadata services by name (they resolve to 169.254.169.254, refused anyway). */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog']);

type Subnet = [address: string, prefix: number, family: 'ipv4' | 'ipv6'];

function blockList(subnets: Subnet[]): BlockList {
  const list = new BlockList();
  for (const [address, prefix, family] of subnets) list.addSubnet(address, prefix, family);
  return list;
}

/** Loopback: refused in production only (a local receiver is how development and tests work). */
const LOOPBACK = blockList([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
]);

/**
 * Never a webhook target (unless allowPrivateTargets), in the order they are named: the first
 * that holds the address is the reason given. BlockList also matches IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`) against the IPv4 subnets.
 */
const REFUSED_RANGES: Array<[reason: string, list: BlockList]> = [
  ['the cloud metadata address', blockList([['169.254.169.254', 32, 'ipv4']])],
  [
    'an unspecified address',
    blockList([
      ['0.0.0.0', 8, 'ipv4'],
      ['::', 128, 'ipv6'],
    ]),
  ],
  [
    'a private address',
    blockList([
      ['10.0.0.0', 8, 'ipv4'],
      ['172.16.0.0', 12, 'ipv4'],
      ['192.168.0.0', 16, 'ipv4'],
      ['fc00::', 7, 'ipv6'],
    ]),
  ],
  [
    'a link-local address',
    blockList([
      ['169.254.0.0', 16, 'ipv4'],
      ['fe80::', 10, 'ipv6'],
    ]),
  ],
  ['a shared (CGNAT) address', blockList([['100.64.0.0', 10, 'ipv4']])],
  [
    'a multicast or reserved address',
    blockList([
      ['224.0.0.0', 4, 'ipv4'],
      ['240.0.0.0', 4, 'ipv4'],
      ['ff00::', 8, 'ipv6'],
    ]),
  ],
  // IPv4-compatible IPv6 (`::10.0.0.1`, deprecated): no public receiver has one.
  ['an IPv4-compatible IPv6 address', blockList([['::', 96, 'ipv6']])],
];

const systemResolver: HostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * SSRF guard for webhook URLs: checked when an endpoint is created or changed, and again by the
 * delivery worker right before it connects (a name may resolve elsewhere by then).
 * Outside production (`requireHttps` false) `http:` is accepted and loopback is a valid target;
 * private, link-local, CGNAT and metadata targets are refused everywhere unless
 * `allowPrivateTargets`.
 */
@Injectable()
export class WebhookTargetGuard {
  private readonly resolve: HostResolver;

  constructor(
    @Inject(WEBHOOKS_CONFIG)
    private readonly config: Pick<WebhooksConfig, 'requireHttps' | 'allowPrivateTargets'>,
    @Optional() @Inject(HOST_RESOLVER) resolve?: HostResolver,
  ) {
    this.resolve = resolve ?? systemResolver;
  }

  /** The URL and its addresses, or WebhookTargetRefusedError (400, naming `url`) saying why. */
  async check(rawUrl: string): Promise<CheckedTarget> {
    const url = this.parse(rawUrl);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host)) {
      this.refuseAddress(host);
      return { url, addresses: [host] };
    }
    const name = host.replace(/\.$/, '');
    if (METADATA_HOSTS.has(name) && !this.config.allowPrivateTargets)
      throw new WebhookTargetRefusedError(`${name} is a cloud metadata service`);
    const addresses = await this.addressesOf(name);
    for (const address of addresses) this.refuseAddress(address, name);
    return { url, addresses };
  }

  /** Why this address is no webhook target, or undefined when it is one (for connect-time checks). */
  refusalOf(address: string): string | undefined {
    if (this.config.allowPrivateTargets) return undefined;
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (LOOPBACK.check(address, family))
      return this.config.requireHttps ? 'a loopback address' : undefined;
    return REFUSED_RANGES.find(([, list]) => list.check(address, family))?.[0];
  }

  private parse(rawUrl: string): URL {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      throw new WebhookTargetRefusedError('url must be an absolute http(s) URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new WebhookTargetRefusedError(`the scheme must be https, not ${url.protocol}`);
    if (url.protocol === 'http:' && this.config.requireHttps)
      throw new WebhookTargetRefusedError('the scheme must be https (http is refused here)');
    if (url.username || url.password)
      throw new WebhookTargetRefusedError(
        'the URL must not hold credentials (user:password@): deliveries are signed instead',
      );
    return url;
  }

  private refuseAddress(address: string, name?: string): void {
    const reason = this.refusalOf(address);
    if (reason === undefined) return;
    const subject = name === undefined ? address : `${name} resolves to ${address}, which`;
    throw new WebhookTargetRefusedError(`${subject} is ${reason}`);
  }

  private async addressesOf(name: string): Promise<string[]> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), RESOLVE_TIMEOUT_MS);
    });
    try {
      const addresses = await Promise.race([this.resolve(name), deadline]);
      if (addresses.length > 0) return addresses;
    } catch {
      // Not found, or no answer in time: refused below with the same reason.
    } finally {
      clearTimeout(timer);
    }
    throw new WebhookTargetRefusedError(`the host ${name} does not resolve to any address`);
  }
}
