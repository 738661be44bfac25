/*
 * Preloaded (`node -r`) into a service process by test/standalone-simulator.e2e-spec.ts. When the
 * process exits it prints one JSON line naming every file under src/simulator it loaded in its
 * whole life (Node's require.cache, which ts-node and the compiled `await import()` both go
 * through). It runs in the service's own process, so nothing the test itself loads is counted.
 */
import { join, sep } from 'node:path';

const SIMULATOR_DIR = join(__dirname, '..', '..', 'src', 'simulator') + sep;

process.on('exit', () => {
  const files = Object.keys(require.cache)
    .filter((file) => file.startsWith(SIMULATOR_DIR))
    .map((file) => file.slice(SIMULATOR_DIR.length));
  // Pipes are synchronous on Linux and macOS: the line is written before the process ends.
  process.stdout.write(`${JSON.stringify({ msg: 'simulator files loaded', files })}\n`);
});
