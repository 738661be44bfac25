import { foreignCpu, processCpuMs, waitForQuiet } from '../machine-load';
import {
  benchPids,
  BenchContext,
  BUSY_NEIGHBOUR_CORES,
  busyNeighbour,
  figures,
  Figures,
  freshSimulator,
  QUIET_WAIT_MS,
  serviceHeaders,
  unexpectedStatuses,
} from './context';
import { createInvoiceDirect } from './show';

export interface ManagedTokensResult {
  calls: number;
  /** Token requests Factus received during the calls (simulator counters). */
  tokenRequests: number;
  figures: Figures;
  warnings: string[];
}

export interface PdfResult {
  downloads: number;
  /** `download-pdf` calls Factus received during the downloads (simulator counters). */
  factusDownloads: number;
  figures: Figures;
  warnings: string[];
}

const CALLS = 1000;

function countWhere(byRoute: Record<string, number>, match: (route: string) => boolean): number {
  return Object.entries(byRoute)
    .filter(([route]) => match(route))
    .reduce((total, [, count]) => total + count, 0);
}

/**
 * Managed mode: 1,000 show calls through the service, 50 at a time, starting without a Factus
 * token (the simulator was just reset, so any token the service held is gone): how many token
 * requests reach Factus. Then the same PDF downloaded 1,000 times: how many `download-pdf` calls
 * reach Factus. Runs on a freshly reset simulator, so its counters cover exactly these calls.
 */
export async function managedTokensAndPdf(
  ctx: BenchContext,
): Promise<{ tokens: ManagedTokensResult; pdf: PdfResult }> {
  const token = await freshSimulator(ctx.sim);
  const number = encodeURIComponent(await createInvoiceDirect(ctx.sim.url, token));
  const job = {
    url: ctx.service.url,
    method: 'GET' as const,
    connections: ctx.settings.connections,
    amount: CALLS,
    headers: serviceHeaders,
  };

  await waitForQuiet(benchPids(ctx), BUSY_NEIGHBOUR_CORES, QUIET_WAIT_MS);
  const beforeShows = await ctx.sim.counters();
  const showsOthers = foreignCpu(benchPids(ctx));
  const showsCpu = processCpuMs(ctx.service.child.pid);
  const shows = await ctx.load.run({ ...job, path: `/api/v1/invoices/${number}` });
  const showsOtherCpu = showsOthers();
  const showsCpuMs = showsCpu();
  const afterShows = await ctx.sim.counters();
  const tokens: ManagedTokensResult = {
    calls: shows.requests,
    tokenRequests: afterShows.tokenRequests - beforeShows.tokenRequests,
    figures: figures(shows, showsOtherCpu, showsCpuMs),
    warnings: [
      unexpectedStatuses(shows, 200, 'managed show'),
      busyNeighbour(showsOtherCpu, 'managed show'),
    ].filter((w) => w !== undefined),
  };

  const isPdf = (route: string) => route.endsWith('/download-pdf');
  const beforePdf = countWhere((await ctx.sim.counters()).byRoute, isPdf);
  const pdfOthers = foreignCpu(benchPids(ctx));
  const pdfCpu = processCpuMs(ctx.service.child.pid);
  const pdfs = await ctx.load.run({ ...job, path: `/api/v1/invoices/${number}/pdf` });
  const pdfOtherCpu = pdfOthers();
  const pdfCpuMs = pdfCpu();
  const afterPdf = countWhere((await ctx.sim.counters()).byRoute, isPdf);
  const pdf: PdfResult = {
    downloads: pdfs.requests,
    factusDownloads: afterPdf - beforePdf,
    figures: figures(pdfs, pdfOtherCpu, pdfCpuMs),
    warnings: [unexpectedStatuses(pdfs, 200, 'pdf'), busyNeighbour(pdfOtherCpu, 'pdf')].filter(
      (w) => w !== undefined,
    ),
  };
  console.log(
    `  managed  ${tokens.calls} calls -> ${tokens.tokenRequests} token request(s); ` +
      `pdf ${pdf.downloads} downloads -> ${pdf.factusDownloads} Factus download(s), ${pdf.figures.rps} req/s`,
  );
  return { tokens, pdf };
}
