/*
 * `npm run validate:manifests` (CI): every Kubernetes manifest under deploy/kubernetes checked
 * against the Kubernetes API schemas (and the Prometheus Operator's CRDs), offline. The schemas
 * ship inside the npm packages kubernetes-models and @kubernetes-models/prometheus-operator, so
 * nothing is fetched at validation time.
 *
 * What is checked: every raw manifest file (a patch is only a fragment, so patches are checked in
 * the rendered output instead), and, where kubectl is installed, what `kubectl kustomize` renders
 * for each kustomization (base, overlays, monitoring): types, required fields, enums and formats.
 * Not checked: unknown fields (the published schemas allow them) and anything only a live API
 * server knows (admission, CRDs being installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as monitoring from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import * as core from 'kubernetes-models/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';
import { parseAllDocuments } from 'yaml';

const ROOT = join(__dirname, '..');
const KUBE = join(__dirname, 'kubernetes');

interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
}
type Model = new (data: KubeObject) => { validate(): void };

/**
 * The models of the API groups these manifests use, each with its schema validator. A manifest of
 * another apiVersion fails with "no schema": add its module here.
 */
const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'autoscaling/v2': autoscaling,
  'policy/v1': policy,
  'networking.k8s.io/v1': networking,
  'monitoring.coreos.com/v1': monitoring,
};

function validate(object: KubeObject, where: string): string[] {
  const { apiVersion, kind } = object;
  if (!apiVersion || !kind) return [`${where}: no apiVersion or kind`];
  if (apiVersion.startsWith('kustomize.config.k8s.io/')) return [];
  const model = MODELS[apiVersion]?.[kind] as Model | undefined;
  if (!model) return [`${where}: no schema for ${apiVersion} ${kind}`];
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [`${where} (${kind} ${object.metadata?.name ?? '?'}): ${(error as Error).message}`];
  }
}

function parse(text: string, where: string): KubeObject[] {
  return parseAllDocuments(text).map((doc, index) => {
    if (doc.errors.length) throw new Error(`${where}#${index}: ${doc.errors[0].message}`);
    return doc.toJS() as KubeObject;
  });
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function kubectl(): string | undefined {
  return ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((path) => existsSync(path));
}

function main(): void {
  const files = yamlFiles(KUBE);
  const problems: string[] = [];
  let checked = 0;
  for (const file of files) {
    if (basename(file) === 'kustomization.yaml' || file.endsWith('.patch.yaml')) continue;
    const where = relative(ROOT, file);
    for (const [index, object] of parse(readFileSync(file, 'utf8'), where).entries()) {
      problems.push(...validate(object, `${where}#${index}`));
      checked += 1;
    }
  }
  const binary = kubectl();
  const kustomizations = files.filter((f) => basename(f) === 'kustomization.yaml').map(dirname);
  if (binary) {
    for (const dir of kustomizations) {
      const where = `kustomize ${relative(ROOT, dir)}`;
      const rendered = execFileSync(binary, ['kustomize', dir], { encoding: 'utf8' });
      for (const [index, object] of parse(rendered, where).entries()) {
        problems.push(...validate(object, `${where}#${index}`));
        checked += 1;
      }
    }
  } else {
    console.log('kubectl not installed: rendered kustomizations not checked, raw files only');
  }
  if (problems.length) {
    console.error(`${problems.length} manifest problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
  const rendered = binary ? `, ${kustomizations.length} kustomizations rendered` : '';
  console.log(`${checked} Kubernetes objects valid against their schemas${rendered}`);
}

main();
