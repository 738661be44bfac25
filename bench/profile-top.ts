/*
 * The top self-time functions, and self time per package, of a V8 CPU profile: written by
 * `BENCH_CPU_PROF=1 npm run bench` (the service runs under `node --cpu-prof`) in bench/profiles/.
 *
 *   node -r ts-node/register/transpile-only bench/profile-top.ts [file.cpuprofile] [count]
 *
 * Without a file, the newest profile in bench/profiles/ is read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function newestProfile(): string {
  const dir = join(__dirname, 'profiles');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (files.length === 0)
    throw new Error(`No .cpuprofile in ${dir}: run BENCH_CPU_PROF=1 npm run bench`);
  return files[0];
}

/** `node_modules/@nestjs/core/…` → `@nestjs/core`; our own code → `src/<feature>`; V8 → `(v8)`. */
function owner(url: string): string {
  if (!url) return '(native / V8)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const ours = /\/dist\/([^/]+)/.exec(url);
  if (ours) return `ours: ${ours[1]}`;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

function main(): void {
  const file = process.argv[2] || newestProfile();
  const count = Number(process.argv[3] ?? 30);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const totalUs = profile.endTime - profile.startTime;

  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    const where = url
      ? `${url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
    const pkg = owner(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .forEach(([key, us]) =>
        console.log(
          `${((us / totalUs) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`,
        ),
      );
  };
  console.log(`${file}: ${(totalUs / 1e6).toFixed(1)} s profiled`);
  print('Self time by function', functions);
  print('Self time by package', packages);
}

main();
