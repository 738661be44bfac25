/*
 * `npm run bench:startup`: only the start-up figures the README quotes, without the load runs:
 * `npm start` from source (SWC build included) to a first 200, and the production build
 * (`node dist/main.js`) to its first ready probe, against the Factus simulator.
 */
import { withBenchDatabase } from './bench-database';
import { installCleanup, requireBuild, startSimulator, stop } from './processes';
import { npmStart } from './scenarios/npm-start';
import { startup } from './scenarios/startup';

async function main(): Promise<void> {
  const cleanup = installCleanup(180_000);
  console.log('npm start (build with SWC, embedded simulator) to GET /api/v1/company 200');
  const fromSource = await npmStart();
  // npm start's build is the production build too: dist/ is now fresh.
  requireBuild();
  const simulator = await startSimulator();
  console.log('node dist/main.js to GET /health/ready 200');
  const production = await withBenchDatabase(() => startup(simulator.url));
  await stop(simulator.child);
  cleanup.cancel();
  console.log(JSON.stringify({ npmStart: fromSource, production }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
