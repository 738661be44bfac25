import { PATH_METADATA } from '@nestjs/common/constants';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../src/config/load-config';
import { HealthController } from '../src/operations/health/health.controller';

/**
 * The container and Kubernetes manifests, checked against the app itself: the probe paths are the
 * health controller's routes, the ports are the port the config listens on, the configuration the
 * manifests give passes loadConfig in production, and the grace period outlasts the drain.
 */
const ROOT = join(__dirname, '..');
const KUBE = join(ROOT, 'deploy', 'kubernetes');

/** The parts of the manifests these checks read. */
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown>;
}
interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  image: string;
  ports: { name: string; containerPort: number }[];
  envFrom: { configMapRef: { name: string } }[];
  env: {
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef: { name: string; key: string; optional?: boolean } };
  }[];
  startupProbe: Probe;
  livenessProbe: Probe;
  readinessProbe: Probe;
  lifecycle: { preStop: { exec: { command: string[] } } };
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: Record<string, unknown>;
  volumeMounts: { name: string; mountPath: string }[];
}
interface InitContainer {
  name: string;
  image: string;
  command: string[];
  envFrom: ({ configMapRef: { name: string } } | { secretRef: { name: string } })[];
  securityContext: Record<string, unknown>;
}
interface Deployment extends Manifest {
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      spec: {
        terminationGracePeriodSeconds: number;
        securityContext: { runAsNonRoot: boolean; runAsUser: number };
        initContainers?: InitContainer[];
        containers: Container[];
        volumes: { name: string; emptyDir?: object }[];
      };
    };
  };
}
interface Service extends Manifest {
  spec: { selector: Record<string, string>; ports: { targetPort: string | number }[] };
}
interface Autoscaler extends Manifest {
  spec: {
    scaleTargetRef: { kind: string; name: string };
    minReplicas: number;
    maxReplicas: number;
  };
}
interface DisruptionBudget extends Manifest {
  spec: { selector: { matchLabels: Record<string, string> } };
}
interface SecretManifest extends Manifest {
  stringData: Record<string, string>;
}
interface IngressRule {
  http: {
    paths: { path: string; backend: { service: { name: string; port: { name: string } } } }[];
  };
}
interface AlertRule {
  alert: string;
  expr: string;
}
interface Kustomization {
  resources?: string[];
  configMapGenerator?: { name: string; behavior?: string; literals: string[] }[];
  patches?: { path: string }[];
  images?: { name: string; newName: string; newTag: string }[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function parse<T = Manifest>(path: string): T[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => {
    expect(doc.errors).toEqual([]);
    return doc.toJS() as T;
  });
}

/** The resources a kustomization includes, recursively, with overlays' patches applied. */
function build(dir: string): { docs: Manifest[]; config: Record<string, string> } {
  const [kustomization] = parse<Kustomization>(join(dir, 'kustomization.yaml'));
  let docs: Manifest[] = [];
  let config: Record<string, string> = {};
  for (const resource of kustomization.resources ?? []) {
    const path = join(dir, resource);
    if (statSync(path).isDirectory()) {
      const base = build(path);
      docs.push(...base.docs);
      config = { ...config, ...base.config };
    } else {
      docs.push(...parse(path));
    }
  }
  for (const generator of kustomization.configMapGenerator ?? []) {
    expect(generator.name).toBe('factus-api-config');
    if (generator.behavior !== 'merge') config = {};
    for (const literal of generator.literals) {
      const [key, ...value] = literal.split('=');
      config[key] = value.join('=');
    }
  }
  for (const patch of kustomization.patches ?? []) {
    for (const change of parse(join(dir, patch.path))) {
      const target = docs.find(
        (d) => d.kind === change.kind && d.metadata.name === change.metadata.name,
      );
      expect(target).toBeDefined();
      docs = docs.map((d) => (d === target ? { ...d, spec: { ...d.spec, ...change.spec } } : d));
    }
  }
  for (const image of kustomization.images ?? []) {
    for (const deployment of docs.filter((doc): doc is Deployment => doc.kind === 'Deployment')) {
      const pod = deployment.spec.template.spec;
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        if (container.image.startsWith(`${image.name}:`)) {
          container.image = `${image.newName}:${image.newTag}`;
        }
      }
    }
  }
  return { docs, config };
}

function route(method: keyof HealthController): string {
  const base = Reflect.getMetadata(PATH_METADATA, HealthController) as string;
  const path = Reflect.getMetadata(PATH_METADATA, HealthController.prototype[method]) as string;
  return `/${base}/${path}`;
}

/** Dummy values for what the Secret holds, as loadConfig would receive them. */
function secretValue(name: string): string {
  const values: Record<string, string> = {
    FACTUS_CLIENT_ID: 'client-id',
    FACTUS_CLIENT_SECRET: 'client-secret',
    FACTUS_USERNAME: 'ops@example.com',
    FACTUS_PASSWORD: 'password',
    // As `openssl rand -hex 32` makes them: production refuses guessable keys.
    API_KEYS: '3f9c2b7e81d04a6c9e5f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d',
    REDIS_URL: 'redis://redis:6379',
    DATABASE_URL: 'postgres://factus:password@postgres.example.internal:5432/factus',
    // The optional tenant keys: an admin key like API_KEYS's, a 32-byte secrets key.
    ADMIN_API_KEYS: '9a8b7c6d5e4f30211f2e3d4c5b6a79881726354453627180a9b8c7d6e5f40312',
    TENANT_SECRETS_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  };
  return values[name] ?? 'value';
}

// Real services, Redis or child processes: sized for a loaded 2-core machine, not Jest's 5 s.
jest.setTimeout(60_000);

describe('Deployment manifests', () => {
  it('parses every YAML file, each document a named Kubernetes object', () => {
    const files = yamlFiles(KUBE);
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      for (const doc of parse<Partial<Manifest>>(file)) {
        expect(typeof doc.apiVersion).toBe('string');
        expect(typeof doc.kind).toBe('string');
        if (doc.kind !== 'Kustomization') expect(doc.metadata?.name).toBeTruthy();
      }
    }
  });

  describe.each([
    ['base', join(KUBE, 'base')],
    ['overlays/example', join(KUBE, 'overlays', 'example')],
  ])('%s', (_name, dir) => {
    const { docs, config } = build(dir);
    function one<T extends Manifest>(kind: string): T {
      const found = docs.filter((d) => d.kind === kind);
      expect(found).toHaveLength(1);
      return found[0] as T;
    }
    const deployment = one<Deployment>('Deployment');
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    const port = container.ports.find((p) => p.name === 'http');
    const env = (): Record<string, string> => {
      const vars: Record<string, string> = { ...config };
      for (const entry of container.env) {
        const ref = entry.valueFrom?.secretKeyRef;
        vars[entry.name] = ref ? secretValue(ref.key) : (entry.value ?? '');
      }
      return vars;
    };

    it('starts in production with exactly what the ConfigMap and the Secret give', () => {
      const appConfig = loadConfig(env());
      expect(appConfig.nodeEnv).toBe('production');
      expect(appConfig.factus.embeddedSimulator).toBe(false);
      expect(appConfig.factus.managedUser).toBeDefined();
      expect(appConfig.apiKeys.length).toBeGreaterThan(0);
      expect(appConfig.redis?.url).toBe('redis://redis:6379');
      expect(appConfig.database.url).toBe(secretValue('DATABASE_URL'));
      // With the Secret's optional tenant keys: the admin API next to the configured company.
      expect(appConfig.tenants.adminKeys).toHaveLength(1);
      expect(appConfig.tenants.secretKeys.map((key) => key.id)).toEqual(['k1']);
      expect(appConfig.tenants.tenantsOnly).toBe(false);
      expect(container.envFrom[0].configMapRef.name).toBe('factus-api-config');
    });

    it('migrates in an init container of the same image, configured as the service, before it starts', () => {
      const migrate = (pod.initContainers ?? []).find((c) => c.name === 'migrate');
      expect(migrate).toBeDefined();
      expect(migrate?.image).toBe(container.image);
      // The script the image holds: the build compiles src/ to dist/ (see the Dockerfile test).
      expect(migrate?.command).toEqual(['node', 'dist/database/migrate.main.js']);
      expect(existsSync(join(ROOT, 'src', 'database', 'migrate.main.ts'))).toBe(true);
      expect(migrate?.envFrom).toEqual([
        { configMapRef: { name: 'factus-api-config' } },
        { secretRef: { name: 'factus-api-secrets' } },
      ]);
      expect(migrate?.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      // So the service does not migrate again: the init container did it.
      expect(loadConfig(env()).database.migrateOnStart).toBe(false);
    });

    it('keeps secrets out of the ConfigMap and in the Secret the example documents', () => {
      const [example] = parse<SecretManifest>(join(KUBE, 'base', 'secret.example.yaml'));
      for (const entry of container.env) {
        expect(entry.valueFrom?.secretKeyRef.name).toBe(example.metadata.name);
        expect(Object.keys(example.stringData)).toContain(entry.valueFrom?.secretKeyRef.key);
      }
      for (const secret of Object.keys(example.stringData)) {
        expect(Object.keys(config)).not.toContain(secret);
      }
    });

    it('probes the health routes on the port the app listens on', () => {
      expect(port?.containerPort).toBe(Number(config.PORT));
      expect(container.readinessProbe.httpGet).toEqual({ path: route('ready'), port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: route('live'), port: 'http' });
      expect(container.startupProbe.httpGet).toEqual({ path: route('live'), port: 'http' });
      expect(route('ready')).toBe('/health/ready');
      const service = one<Service>('Service');
      expect(service.spec.ports[0].targetPort).toBe('http');
      expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    });

    it('gives the drain time to finish: grace period > preStop sleep + SHUTDOWN_GRACE_MS', () => {
      const [command, seconds] = container.lifecycle.preStop.exec.command;
      expect(command).toBe('sleep');
      const needMs = Number(seconds) * 1000 + loadConfig(env()).shutdown.graceMs;
      expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(needMs);
    });

    it('runs as non-root on a read-only root filesystem with a writable /tmp', () => {
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(container.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      });
      const tmp = container.volumeMounts.find((m) => m.mountPath === '/tmp');
      expect(pod.volumes.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
      expect(container.resources.requests).toBeDefined();
      expect(container.resources.limits?.memory).toBeDefined();
    });

    it('scales and keeps replicas through disruptions', () => {
      const hpa = one<Autoscaler>('HorizontalPodAutoscaler');
      const pdb = one<DisruptionBudget>('PodDisruptionBudget');
      expect(hpa.spec.scaleTargetRef).toMatchObject({
        kind: 'Deployment',
        name: deployment.metadata.name,
      });
      expect(hpa.spec.minReplicas).toBe(deployment.spec.replicas);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    });
  });

  it('base runs 3 replicas; the example overlay patches replicas, image and configuration', () => {
    const base = build(join(KUBE, 'base'));
    const example = build(join(KUBE, 'overlays', 'example'));
    const deploymentOf = (docs: Manifest[]) =>
      docs.find((d): d is Deployment => d.kind === 'Deployment');
    expect(deploymentOf(base.docs)?.spec.replicas).toBe(3);
    expect(deploymentOf(example.docs)?.spec.replicas).toBe(2);
    expect(deploymentOf(example.docs)?.spec.template.spec.containers[0].image).toBe(
      'registry.example.com/billing/factus-api:1.0.0',
    );
    expect(example.config.FACTUS_BASE_URL).toBe('https://api.factus.com.co');
    expect(base.config.FACTUS_BASE_URL).toBe('https://api-sandbox.factus.com.co');
  });

  it.each([['base'], [join('overlays', 'example')]])(
    '%s: the Ingress exposes only /api/v1 (Swagger optional), to the Service',
    (dir) => {
      const { docs } = build(join(KUBE, dir));
      const service = docs.find((d): d is Service => d.kind === 'Service');
      const ingress = docs.find((d) => d.kind === 'Ingress') as
        (Manifest & { spec: { rules: IngressRule[] } }) | undefined;
      expect(ingress).toBeDefined();
      const paths = (ingress?.spec.rules ?? []).flatMap((rule) => rule.http.paths);
      expect(paths.map((p) => p.path)).toContain('/api/v1');
      for (const path of paths) {
        expect(['/api/v1', '/docs', '/docs-json']).toContain(path.path);
        expect(path.backend.service.name).toBe(service?.metadata.name);
        expect(path.backend.service.port.name).toBe('http');
      }
    },
  );

  describe('monitoring', () => {
    const MONITORING = join(KUBE, 'monitoring');
    const exported = new Set(
      ['src/operations/metrics', 'src/factus', 'src/documents'].flatMap((dir) =>
        sourceFiles(join(ROOT, dir)).flatMap((file) =>
          [
            ...readFileSync(file, 'utf8').matchAll(
              /name: '((?:http|factus|document|ledger|webhook)_[a-z_]+)',/g,
            ),
          ].map((m) => m[1]),
        ),
      ),
    );
    /** Metric names an expression uses, histogram series folded to their metric. */
    const metricsIn = (text: string) =>
      [...text.matchAll(/\b((?:http|factus|document|ledger|webhook)_[a-z_]+)/g)].map((m) =>
        m[1].replace(/_(bucket|count|sum)$/, ''),
      );
    const rules = parse<Manifest & { spec: { groups: { rules: AlertRule[] }[] } }>(
      join(MONITORING, 'prometheusrule.yaml'),
    )[0].spec.groups.flatMap((group) => group.rules);

    it('alerts on not ready, the breaker open, queue depth and age, and webhook failures', () => {
      expect(rules.map((rule) => rule.alert)).toEqual(
        expect.arrayContaining([
          'FactusApiNotReady',
          'FactusCircuitBreakerOpen',
          'FactusRateQueueDeep',
          'FactusRateQueueSlow',
          'FactusWebhookDeliveriesFailing',
          'FactusLedgerQueuedTooLong',
          'FactusLedgerDocumentsFailing',
          'FactusLedgerLeaseTakeovers',
        ]),
      );
      expect(rules.find((r) => r.alert === 'FactusLedgerQueuedTooLong')?.expr).toContain(
        'ledger_oldest_waiting_seconds{state="queued"}',
      );
      expect(rules.find((r) => r.alert === 'FactusCircuitBreakerOpen')?.expr).toContain('== 2');
    });

    it('uses only metrics the service exports, and shows every one of them', () => {
      expect(exported.size).toBeGreaterThanOrEqual(10);
      expect(exported).toContain('ledger_oldest_waiting_seconds');
      const dashboard = readFileSync(join(MONITORING, 'dashboards', 'factus-api.json'), 'utf8');
      const panels = (JSON.parse(dashboard) as { panels: { targets: { expr: string }[] }[] })
        .panels;
      expect(panels.length).toBeGreaterThanOrEqual(10);
      const used = [
        ...rules.flatMap((rule) => metricsIn(rule.expr)),
        ...panels.flatMap((panel) => panel.targets.flatMap((t) => metricsIn(t.expr))),
      ];
      const unknown = [...new Set(used)].filter((name) => !exported.has(name));
      expect(unknown).toEqual([]);
      // Every metric of the service is on the dashboard.
      const onDashboard = new Set(
        panels.flatMap((p) => p.targets.flatMap((t) => metricsIn(t.expr))),
      );
      expect([...exported].filter((name) => !onDashboard.has(name))).toEqual([]);
    });

    it('scrapes the Service port the pods serve /metrics on', () => {
      const [monitor] = parse<Manifest & { spec: { endpoints: { port: string; path: string }[] } }>(
        join(MONITORING, 'servicemonitor.yaml'),
      );
      expect(monitor.spec.endpoints).toEqual([
        expect.objectContaining({ port: 'http', path: '/metrics' }),
      ]);
    });
  });

  const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
  (kubectl ? it : it.skip)('builds with kustomize where kubectl is installed', () => {
    for (const dir of ['base', join('overlays', 'example')]) {
      const output = execFileSync(kubectl as string, ['kustomize', join(KUBE, dir)], {
        encoding: 'utf8',
      });
      expect(output).toContain('kind: Deployment');
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const dockerignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8');

  it('builds with dev dependencies and runs with production ones only, as a non-root user', () => {
    expect(dockerfile).toMatch(/^FROM node:20\S* AS build$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    // The whole build output, so that dist/database/migrate.main.js is in the image too.
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production/m);
    expect(dockerfile).toMatch(/^USER (node|\d+)/m);
    expect(dockerfile).not.toMatch(/^USER root/m);
  });

  it('starts node directly, so that SIGTERM reaches the graceful shutdown', () => {
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    expect(dockerfile).toContain(route('live'));
  });

  it('keeps dependencies, builds, secrets and git out of the build context', () => {
    for (const entry of ['node_modules', 'dist', '.env', '.git']) {
      expect(dockerignore.split('\n')).toContain(entry);
    }
    expect(relative(ROOT, dirname(join(ROOT, 'Dockerfile')))).toBe('');
  });
});
