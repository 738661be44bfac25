import type { CannedInfo } from '../canned-upstream';
import type { CannedUpstream } from '../processes';
import type { Upstream } from './compare';
import { BenchContext, freshSimulator } from './context';
import { createInvoiceDirect } from './show';

/** The simulator as the upstream: reset before every run (see freshSimulator). */
export function simulatorUpstream(ctx: BenchContext): Upstream {
  return {
    kind: 'simulator',
    url: ctx.sim.url,
    pid: ctx.simulator.child.pid,
    fresh: () => freshSimulator(ctx.sim),
    invoiceToShow: (token) => createInvoiceDirect(ctx.sim.url, token),
  };
}

/** Any bearer does: the canned upstream checks none (the baseline forwards it as it is). */
const CANNED_BEARER = 'canned-upstream-bearer';

/** What the canned upstream recorded and counted so far (`GET /__canned/info`). */
export async function cannedInfo(canned: CannedUpstream): Promise<CannedInfo> {
  const response = await fetch(`${canned.url}/__canned/info`);
  if (!response.ok) throw new Error(`canned upstream info: ${response.status}`);
  return (await response.json()) as CannedInfo;
}

/** The canned upstream: stateless, so nothing to reset; it shows its recorded bill under any number. */
export function cannedUpstream(canned: CannedUpstream, info: CannedInfo): Upstream {
  return {
    kind: 'canned',
    url: canned.url,
    pid: canned.child.pid,
    fresh: () => Promise.resolve(CANNED_BEARER),
    invoiceToShow: () => Promise.resolve(info.showNumber),
  };
}
