#!/usr/bin/env node
/**
 * Offline validation of the Kubernetes manifests (there is no kustomize/kubectl on the build
 * machine, and no cluster).
 *
 *   node tools/k8s/validate.mjs [dir]            # dir holds kustomization.yaml; default: k8s/base
 *   node tools/k8s/validate.mjs [dir] --print    # also print the rendered YAML (like kustomize build)
 *   npm run validate:k8s
 *
 * 1. Render   — read kustomization.yaml, load every listed resource (multi-document YAML, parsed
 *               as YAML 1.1 like kubectl does, duplicate keys rejected; directories are rendered
 *               recursively as bases) and apply what kustomize would: commonLabels (same field
 *               specs as kustomize: metadata.labels, Service selectors, Deployment/Job selectors
 *               and pod-template labels, PDB/NetworkPolicy selectors, ...), commonAnnotations,
 *               namespace and images. Any other kustomization field fails loudly: we would
 *               otherwise validate something different from what gets deployed.
 *               `*.example.yaml` files next to the kustomization (NOT in resources, e.g. the
 *               Secret template) are validated too and count as "provided out of band" for the
 *               reference checks.
 * 2. Schema   — apiVersion + kind → `kubernetes-models/<group>/<version>/<Kind>` (core group:
 *               `kubernetes-models/v1/<Kind>`), `new Kind(obj).validate()`. Unknown kinds fail.
 * 3. Strict   — unknown fields. The JSON-schema validation above accepts any extra property, so
 *               a typo such as `readinesProbe` would pass silently; the field names are checked
 *               against the TypeScript declarations shipped with kubernetes-models.
 * 4. Policy   — workloads: liveness probes everywhere, readiness probes on every Deployment
 *               container that can receive traffic (a pod with no container ports and no Service
 *               selecting it — the worker — may have liveness only); resource requests and
 *               limits (cpu + memory) on every container; every container runs as non-root
 *               (runAsNonRoot, runAsUser != 0) and hardened (allowPrivilegeEscalation false,
 *               readOnlyRootFilesystem, drop ALL capabilities, seccomp RuntimeDefault, no host
 *               namespaces); images carry a tag or digest and not `latest`; no hard-coded
 *               namespaces; object names are DNS-1123; no duplicate objects.
 * 5. Refs     — Services select pods and their named target ports exist; Ingress backends exist;
 *               HPA targets exist; PDB/NetworkPolicy selectors match pods; ConfigMap/Secret
 *               references resolve (to a resource or an out-of-band template). A Deployment with
 *               an HPA or 2+ replicas has minReplicas >= 2, replicas within the HPA's range, and
 *               exactly one PDB that a node drain can satisfy (minAvailable below the minimum).
 *
 * Prints one line per object and `N passed, M failed`; exits 1 on any failure.
 */
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, stringify } from 'yaml';

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(scriptDir, '..', '..');
const rel = (p) => {
  const r = path.relative(process.cwd(), p);
  return r.startsWith('..') ? p : r || '.';
};

// ---------------------------------------------------------------------------------------------
// 1. Render
// ---------------------------------------------------------------------------------------------

class RenderError extends Error {}

const SUPPORTED_KUSTOMIZATION_FIELDS = new Set([
  'apiVersion',
  'kind',
  'resources',
  'commonLabels',
  'commonAnnotations',
  'namespace',
  'images',
]);

/** kustomize's built-in commonLabels field specs (api/konfig/builtinpluginconsts), relevant kinds. */
const COMMON_LABEL_FIELD_SPECS = (() => {
  const specs = [{ path: 'metadata/labels', create: true }];
  const affinity = [
    'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
    'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
    'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
    'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
    'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
  ];
  specs.push({ path: 'spec/selector', create: true, version: 'v1', kind: 'Service' });
  specs.push({ path: 'spec/selector', create: true, version: 'v1', kind: 'ReplicationController' });
  specs.push({ path: 'spec/template/metadata/labels', create: true, version: 'v1', kind: 'ReplicationController' });
  for (const kind of ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet']) {
    specs.push({ path: 'spec/selector/matchLabels', create: true, kind });
    specs.push({ path: 'spec/template/metadata/labels', create: true, kind });
  }
  for (const kind of ['Deployment', 'StatefulSet']) {
    for (const p of affinity) specs.push({ path: p, create: false, group: 'apps', kind });
  }
  specs.push({ path: 'spec/volumeClaimTemplates/metadata/labels', create: true, group: 'apps', kind: 'StatefulSet' });
  specs.push({ path: 'spec/selector/matchLabels', create: false, group: 'batch', kind: 'Job' });
  specs.push({ path: 'spec/template/metadata/labels', create: true, group: 'batch', kind: 'Job' });
  specs.push({ path: 'spec/jobTemplate/spec/selector/matchLabels', create: false, group: 'batch', kind: 'CronJob' });
  specs.push({ path: 'spec/jobTemplate/metadata/labels', create: true, group: 'batch', kind: 'CronJob' });
  specs.push({ path: 'spec/jobTemplate/spec/template/metadata/labels', create: true, group: 'batch', kind: 'CronJob' });
  specs.push({ path: 'spec/selector/matchLabels', create: false, group: 'policy', kind: 'PodDisruptionBudget' });
  for (const p of [
    'spec/podSelector/matchLabels',
    'spec/ingress/from/podSelector/matchLabels',
    'spec/egress/to/podSelector/matchLabels',
  ]) {
    specs.push({ path: p, create: false, group: 'networking.k8s.io', kind: 'NetworkPolicy' });
  }
  return specs;
})();

function splitApiVersion(apiVersion) {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

function specApplies(spec, obj) {
  if (spec.kind && spec.kind !== obj.kind) return false;
  const { group, version } = splitApiVersion(String(obj.apiVersion ?? ''));
  if (spec.group !== undefined && spec.group !== group) return false;
  if (spec.version !== undefined && spec.version !== version) return false;
  return true;
}

const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Merge `values` into the map at `segs` (lists along the way are traversed element-wise). */
function mergeAtPath(node, segs, create, values) {
  if (Array.isArray(node)) {
    for (const item of node) mergeAtPath(item, segs, create, values);
    return;
  }
  if (!isMap(node)) return;
  const [head, ...rest] = segs;
  if (node[head] === undefined || node[head] === null) {
    if (!create) return;
    node[head] = {};
  }
  if (rest.length === 0) {
    if (isMap(node[head])) Object.assign(node[head], values);
    return;
  }
  mergeAtPath(node[head], rest, create, values);
}

function parseImageRef(ref) {
  let name = ref;
  let digest = '';
  let tag = '';
  const at = name.indexOf('@');
  if (at >= 0) [name, digest] = [name.slice(0, at), name.slice(at + 1)];
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) [name, tag] = [name.slice(0, colon), name.slice(colon + 1)];
  return { name, tag, digest };
}

function forEachContainer(node, fn) {
  if (Array.isArray(node)) return node.forEach((n) => forEachContainer(n, fn));
  if (!isMap(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if (['containers', 'initContainers', 'ephemeralContainers'].includes(k) && Array.isArray(v)) {
      v.filter(isMap).forEach(fn);
    } else {
      forEachContainer(v, fn);
    }
  }
}

function applyImages(obj, images) {
  forEachContainer(obj, (c) => {
    if (typeof c.image !== 'string') return;
    const ref = parseImageRef(c.image);
    const rule = images.find((r) => r.name === ref.name);
    if (!rule) return;
    const name = rule.newName ?? ref.name;
    if (rule.digest) c.image = `${name}@${rule.digest}`;
    else if (rule.newTag !== undefined) c.image = `${name}:${rule.newTag}`;
    else c.image = `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
  });
}

function loadYamlDocs(file) {
  const text = readFileSync(file, 'utf8');
  const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: true, prettyErrors: true });
  const out = [];
  docs.forEach((doc, i) => {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length) throw new RenderError(`${rel(file)} (document ${i + 1}): ${problems.map((e) => e.message).join('; ')}`);
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return; // empty document (e.g. trailing ---)
    if (!isMap(value)) throw new RenderError(`${rel(file)} (document ${i + 1}): not a mapping`);
    out.push({ value, doc: i + 1 });
  });
  return out;
}

function findKustomization(dir) {
  for (const f of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    const p = path.join(dir, f);
    if (existsSync(p)) return p;
  }
  throw new RenderError(`no kustomization.yaml in ${rel(dir)}`);
}

/** Returns [{ obj, source, original }] — `original` is the object before any transformation. */
function render(dir, stack = []) {
  const kfile = findKustomization(dir);
  if (stack.includes(kfile)) throw new RenderError(`kustomization cycle: ${[...stack, kfile].map(rel).join(' -> ')}`);
  const kdocs = loadYamlDocs(kfile);
  if (kdocs.length !== 1) throw new RenderError(`${rel(kfile)}: expected exactly one document`);
  const k = kdocs[0].value;
  if (k.kind !== undefined && k.kind !== 'Kustomization') throw new RenderError(`${rel(kfile)}: kind must be Kustomization`);
  for (const key of Object.keys(k)) {
    if (!SUPPORTED_KUSTOMIZATION_FIELDS.has(key)) {
      throw new RenderError(
        `${rel(kfile)}: field "${key}" is not supported by this validator (it would change the rendered output)`,
      );
    }
  }
  const objects = [];
  for (const entry of k.resources ?? []) {
    if (typeof entry !== 'string') throw new RenderError(`${rel(kfile)}: resources entries must be strings`);
    if (/^[a-z]+:\/\//.test(entry)) throw new RenderError(`${rel(kfile)}: remote resource "${entry}" not supported`);
    const p = path.resolve(dir, entry);
    if (!existsSync(p)) throw new RenderError(`${rel(kfile)}: resource "${entry}" does not exist`);
    if (statSync(p).isDirectory()) {
      objects.push(...render(p, [...stack, kfile]));
    } else {
      for (const { value, doc } of loadYamlDocs(p)) {
        objects.push({ obj: value, original: structuredClone(value), source: `${rel(p)}#${doc}` });
      }
    }
  }
  // Transformers of this level (kustomize applies the base's first, then the overlay's).
  for (const { obj } of objects) {
    if (k.namespace) {
      const clusterScoped = [
        'Namespace',
        'ClusterRole',
        'ClusterRoleBinding',
        'CustomResourceDefinition',
        'PersistentVolume',
        'StorageClass',
        'IngressClass',
        'PriorityClass',
      ];
      if (!clusterScoped.includes(obj.kind)) {
        obj.metadata ??= {};
        obj.metadata.namespace = k.namespace;
      }
    }
    if (k.commonLabels) {
      if (!isMap(k.commonLabels)) throw new RenderError(`${rel(kfile)}: commonLabels must be a map`);
      for (const spec of COMMON_LABEL_FIELD_SPECS) {
        if (specApplies(spec, obj)) mergeAtPath(obj, spec.path.split('/'), spec.create, k.commonLabels);
      }
    }
    if (k.commonAnnotations) {
      mergeAtPath(obj, ['metadata', 'annotations'], true, k.commonAnnotations);
      if (obj.spec?.template) mergeAtPath(obj, ['spec', 'template', 'metadata', 'annotations'], true, k.commonAnnotations);
    }
    if (k.images) applyImages(obj, k.images);
  }
  return objects;
}

/** `*.example.yaml` beside the kustomization: out-of-band objects (e.g. the Secret template). */
function loadTemplates(dir, listedFiles) {
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!/\.example\.ya?ml$/.test(f)) continue;
    const p = path.join(dir, f);
    if (listedFiles.has(p))
      throw new RenderError(`${rel(p)}: *.example.yaml files are templates and must not be listed in resources`);
    for (const { value, doc } of loadYamlDocs(p)) {
      out.push({ obj: value, original: structuredClone(value), source: `${rel(p)}#${doc}`, template: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 2. Schema
// ---------------------------------------------------------------------------------------------

const modelCache = new Map();

async function loadModel(apiVersion, kind) {
  const key = `${apiVersion} ${kind}`;
  if (modelCache.has(key)) return modelCache.get(key);
  let result = null;
  const { group, version } = splitApiVersion(apiVersion);
  if (/^[A-Z][A-Za-z0-9]*$/.test(kind) && /^[a-z0-9.-]*$/.test(group) && /^v\d+(?:(?:alpha|beta)\d+)?$/.test(version)) {
    const specifier = group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
    try {
      const mod = await import(specifier);
      const Model = mod[kind];
      // Guard against non-top-level types (e.g. kind: DeploymentSpec) that also have a module.
      if (typeof Model === 'function' && Model.kind === kind && Model.apiVersion === apiVersion) {
        result = { Model, specifier, iface: `I${kind}` };
      }
    } catch (e) {
      if (!['ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_MODULE_NOT_FOUND'].includes(e.code)) throw e;
    }
  }
  modelCache.set(key, result);
  return result;
}

function schemaErrors(Model, obj) {
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    if (Array.isArray(e.errors)) {
      return [...new Set(e.errors.map((x) => `schema: ${x.instancePath || '/'} ${x.message}`))];
    }
    return [`schema: ${e.message}`];
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Strict (unknown fields) — via the TypeScript declarations of kubernetes-models
// ---------------------------------------------------------------------------------------------

async function createStrictChecker(models) {
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    return null;
  }
  const virtualFile = path.join(scriptDir, '__k8s_types__.ts');
  const list = [...models];
  const source = list
    .map((m, i) => `import type { ${m.iface} as T${i} } from ${JSON.stringify(m.specifier)};\nexport type X${i} = T${i};`)
    .join('\n');
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (f, lang, ...rest) =>
    f === virtualFile ? ts.createSourceFile(f, source, lang) : getSourceFile.call(host, f, lang, ...rest);
  host.fileExists = (f) => f === virtualFile || fileExists.call(host, f);
  host.readFile = (f) => (f === virtualFile ? source : readFile.call(host, f));
  const program = ts.createProgram([virtualFile], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    throw new Error(
      `type lookup failed: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`,
    );
  }
  const checker = program.getTypeChecker();
  const aliases = program.getSourceFile(virtualFile).statements.filter(ts.isTypeAliasDeclaration);
  const typeBySpecifier = new Map(list.map((m, i) => [m.specifier, checker.getTypeFromTypeNode(aliases[i].type)]));

  const NULLISH = ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void;
  function walk(value, type, at, errors) {
    if (value === null || typeof value !== 'object') return; // scalars: the schema checks them
    const types = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & NULLISH));
    if (types.some((t) => t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return;
    if (Array.isArray(value)) {
      const arrayType = types.find((t) => checker.isArrayType(t));
      if (!arrayType) return;
      const element = checker.getTypeArguments(arrayType)[0];
      value.forEach((item, i) => walk(item, element, `${at}[${i}]`, errors));
      return;
    }
    const objectTypes = types.filter((t) => t.flags & ts.TypeFlags.Object && !checker.isArrayType(t));
    if (!objectTypes.length) return;
    for (const [key, child] of Object.entries(value)) {
      let childType = null;
      for (const t of objectTypes) {
        const prop = checker.getPropertyOfType(t, key);
        if (prop) {
          childType = checker.getTypeOfSymbol(prop);
          break;
        }
        const index = checker.getIndexInfosOfType(t).find((info) => info.keyType.flags & ts.TypeFlags.String);
        if (index) {
          childType = index.type;
          break;
        }
      }
      if (!childType) errors.push(`unknown field: ${at}/${key}`);
      else walk(child, childType, `${at}/${key}`, errors);
    }
  }
  return (specifier, obj) => {
    const errors = [];
    walk(obj, typeBySpecifier.get(specifier), '', errors);
    return errors;
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Policy
// ---------------------------------------------------------------------------------------------

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Pod template (metadata + spec) of a workload, or null. */
function podTemplateOf(obj) {
  switch (obj.kind) {
    case 'Pod':
      return { metadata: obj.metadata ?? {}, spec: obj.spec ?? {} };
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
    case 'ReplicationController':
      return obj.spec?.template ? { metadata: obj.spec.template.metadata ?? {}, spec: obj.spec.template.spec ?? {} } : null;
    case 'CronJob': {
      const t = obj.spec?.jobTemplate?.spec?.template;
      return t ? { metadata: t.metadata ?? {}, spec: t.spec ?? {} } : null;
    }
    default:
      return null;
  }
}

const allContainers = (podSpec) => [
  ...(podSpec.initContainers ?? []).map((c) => ({ c, init: true })),
  ...(podSpec.containers ?? []).map((c) => ({ c, init: false })),
];

function selectorMatches(selector, labels) {
  if (!selector) return false;
  labels ??= {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const val = labels[e.key];
    if (e.operator === 'In' && !(has && e.values?.includes(val))) return false;
    if (e.operator === 'NotIn' && has && e.values?.includes(val)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
const mapSelectorMatches = (sel, labels) => !!sel && Object.entries(sel).every(([k, v]) => (labels ?? {})[k] === v);

function policyErrors(entry, ctx) {
  const { obj, original, template } = entry;
  const errors = [];
  const name = obj.metadata?.name;
  if (!name) errors.push('metadata.name is missing');
  else if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) errors.push(`metadata.name "${name}" is not a DNS-1123 name`);
  if (!template && original.metadata?.namespace)
    errors.push('hard-coded metadata.namespace: keep manifests namespace-agnostic (set `namespace:` in the overlay)');

  const pod = podTemplateOf(obj);
  if (!pod) return errors;
  const ps = pod.spec;
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (ps[f]) errors.push(`pod spec.${f} must not be true`);
  const podSc = ps.securityContext ?? {};
  const longRunning = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'].includes(obj.kind);
  // Readiness matters only for pods that can receive traffic (a container port, or a Service
  // selecting them). The worker has neither, so liveness alone is accepted for it.
  const receivesTraffic =
    (ps.containers ?? []).some((c) => (c.ports ?? []).length > 0) ||
    ctx.services.some((s) => mapSelectorMatches(s.spec?.selector, pod.metadata.labels));

  for (const { c, init } of allContainers(ps)) {
    const where = `${init ? 'initContainer' : 'container'} "${c.name}"`;
    // probes (init containers run to completion and cannot have them)
    if (longRunning && !init) {
      if (!c.livenessProbe) errors.push(`${where}: livenessProbe missing`);
      if (!c.readinessProbe && receivesTraffic) errors.push(`${where}: readinessProbe missing (the pod receives traffic)`);
    }
    // resources
    for (const kind of ['requests', 'limits']) {
      for (const res of ['cpu', 'memory']) {
        if (c.resources?.[kind]?.[res] === undefined) errors.push(`${where}: resources.${kind}.${res} missing`);
      }
    }
    // non-root + hardening (container securityContext overrides the pod's)
    const sc = c.securityContext ?? {};
    const runAsNonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
    const runAsUser = sc.runAsUser ?? podSc.runAsUser;
    if (runAsNonRoot !== true) errors.push(`${where}: does not enforce runAsNonRoot: true`);
    if (runAsUser === 0) errors.push(`${where}: runAsUser is 0 (root)`);
    if (sc.privileged) errors.push(`${where}: privileged`);
    if (sc.allowPrivilegeEscalation !== false) errors.push(`${where}: securityContext.allowPrivilegeEscalation must be false`);
    if (sc.readOnlyRootFilesystem !== true) errors.push(`${where}: securityContext.readOnlyRootFilesystem must be true`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL'))
      errors.push(`${where}: securityContext.capabilities.drop must include ALL`);
    if ((sc.capabilities?.add ?? []).length) errors.push(`${where}: adds capabilities ${sc.capabilities.add.join(', ')}`);
    const seccomp = (sc.seccompProfile ?? podSc.seccompProfile)?.type;
    if (!['RuntimeDefault', 'Localhost'].includes(seccomp))
      errors.push(`${where}: seccompProfile must be RuntimeDefault or Localhost`);
    // image
    if (typeof c.image !== 'string' || !c.image) errors.push(`${where}: image missing`);
    else {
      const ref = parseImageRef(c.image);
      if (!ref.tag && !ref.digest)
        errors.push(`${where}: image "${c.image}" has no tag or digest (map it under kustomization images)`);
      if (ref.tag === 'latest' && !ref.digest) errors.push(`${where}: image "${c.image}" uses the mutable tag latest`);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// 5. References
// ---------------------------------------------------------------------------------------------

function referenceErrors(entry, ctx) {
  const { obj } = entry;
  const errors = [];
  const ns = obj.metadata?.namespace;
  const find = (kind, name) =>
    ctx.all.find((e) => e.obj.kind === kind && e.obj.metadata?.name === name && e.obj.metadata?.namespace === ns);
  const podsMatching = (pred) => ctx.workloads.filter((w) => w.obj.metadata?.namespace === ns && pred(w.pod.metadata.labels));

  if (obj.kind === 'Service' && obj.spec?.selector) {
    const targets = podsMatching((l) => mapSelectorMatches(obj.spec.selector, l));
    if (!targets.length) errors.push(`selector ${JSON.stringify(obj.spec.selector)} matches no pod template`);
    for (const port of obj.spec.ports ?? []) {
      const tp = port.targetPort ?? port.port;
      const ok = targets.some((w) =>
        (w.pod.spec.containers ?? []).some((c) =>
          (c.ports ?? []).some((p) => (typeof tp === 'string' ? p.name === tp : p.containerPort === tp)),
        ),
      );
      if (targets.length && !ok)
        errors.push(
          `port "${port.name ?? port.port}": targetPort ${JSON.stringify(tp)} is not a container port of the selected pods`,
        );
    }
  }

  if (obj.kind === 'Ingress') {
    const backends = [];
    if (obj.spec?.defaultBackend?.service) backends.push(obj.spec.defaultBackend.service);
    for (const rule of obj.spec?.rules ?? [])
      for (const p of rule.http?.paths ?? []) if (p.backend?.service) backends.push(p.backend.service);
    for (const b of backends) {
      const svc = find('Service', b.name);
      if (!svc) {
        errors.push(`backend Service "${b.name}" not found`);
        continue;
      }
      const ports = svc.obj.spec?.ports ?? [];
      const ok = b.port?.name ? ports.some((p) => p.name === b.port.name) : ports.some((p) => p.port === b.port?.number);
      if (!ok) errors.push(`backend Service "${b.name}" has no port ${JSON.stringify(b.port)}`);
    }
  }

  if (obj.kind === 'HorizontalPodAutoscaler') {
    const ref = obj.spec?.scaleTargetRef ?? {};
    const target = find(ref.kind, ref.name);
    if (!target || target.obj.apiVersion !== ref.apiVersion)
      errors.push(`scaleTargetRef ${ref.apiVersion}/${ref.kind} "${ref.name}" not found`);
    if ((obj.spec?.minReplicas ?? 1) > obj.spec?.maxReplicas) errors.push('minReplicas > maxReplicas');
  }

  // Scale-out (issue 12 part 5): a Deployment with an autoscaler or more than one replica keeps at
  // least two pods and exactly one PodDisruptionBudget that still lets a node drain evict one of them.
  if (obj.kind === 'Deployment') {
    const hpa = ctx.all.find(
      (e) =>
        e.obj.kind === 'HorizontalPodAutoscaler' &&
        e.obj.metadata?.namespace === ns &&
        e.obj.spec?.scaleTargetRef?.kind === 'Deployment' &&
        e.obj.spec?.scaleTargetRef?.name === obj.metadata?.name,
    );
    const labels = obj.spec?.template?.metadata?.labels ?? {};
    const pdbs = ctx.all.filter(
      (e) =>
        e.obj.kind === 'PodDisruptionBudget' && e.obj.metadata?.namespace === ns && selectorMatches(e.obj.spec?.selector, labels),
    );
    const minimum = hpa ? (hpa.obj.spec?.minReplicas ?? 1) : (obj.spec?.replicas ?? 1);
    if (hpa && minimum < 2) errors.push(`HorizontalPodAutoscaler "${hpa.obj.metadata.name}": minReplicas ${minimum} < 2`);
    if (hpa && obj.spec?.replicas !== undefined && (obj.spec.replicas < minimum || obj.spec.replicas > hpa.obj.spec?.maxReplicas))
      errors.push(`replicas ${obj.spec.replicas} outside its autoscaler's ${minimum}..${hpa.obj.spec?.maxReplicas}`);
    if ((hpa || minimum >= 2) && !pdbs.length)
      errors.push(`runs ${minimum}+ replicas but no PodDisruptionBudget selects its pods`);
    if (pdbs.length > 1)
      errors.push(`${pdbs.length} PodDisruptionBudgets select its pods (the eviction API then refuses every eviction)`);
    for (const p of pdbs) {
      const { minAvailable, maxUnavailable } = p.obj.spec ?? {};
      if (typeof minAvailable === 'number' && minAvailable >= minimum)
        errors.push(
          `PodDisruptionBudget "${p.obj.metadata.name}": minAvailable ${minAvailable} >= its minimum of ${minimum} pods: a drain blocks`,
        );
      if (maxUnavailable === 0 || maxUnavailable === '0%')
        errors.push(`PodDisruptionBudget "${p.obj.metadata.name}": maxUnavailable 0: a drain blocks`);
    }
  }

  if (obj.kind === 'PodDisruptionBudget') {
    const targets = podsMatching((l) => selectorMatches(obj.spec?.selector, l));
    if (!targets.length) errors.push('selector matches no pod template');
    const min = obj.spec?.minAvailable;
    for (const t of targets) {
      if (typeof min === 'number' && t.obj.spec?.replicas !== undefined && min >= t.obj.spec.replicas) {
        errors.push(
          `minAvailable ${min} >= replicas ${t.obj.spec.replicas} of ${t.obj.kind} "${t.obj.metadata.name}": no voluntary eviction possible`,
        );
      }
    }
  }

  if (obj.kind === 'NetworkPolicy') {
    const sel = obj.spec?.podSelector ?? {};
    const empty = !Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length;
    if (!empty && !podsMatching((l) => selectorMatches(sel, l)).length) errors.push('spec.podSelector matches no pod template');
    const peers = [
      ...(obj.spec?.ingress ?? []).flatMap((r) => r.from ?? []),
      ...(obj.spec?.egress ?? []).flatMap((r) => r.to ?? []),
    ];
    for (const peer of peers) {
      // a podSelector without namespaceSelector means "pods of this namespace": they must be ours
      if (peer.podSelector && !peer.namespaceSelector && !podsMatching((l) => selectorMatches(peer.podSelector, l)).length) {
        errors.push(`peer podSelector ${JSON.stringify(peer.podSelector)} matches no pod template`);
      }
    }
  }

  const pod = podTemplateOf(obj);
  if (pod) {
    const need = (kind, name, optional, key, where) => {
      if (optional) return;
      const target = find(kind, name) ?? ctx.templates.find((t) => t.obj.kind === kind && t.obj.metadata?.name === name);
      if (!target) {
        errors.push(`${where}: ${kind} "${name}" is neither a resource nor an out-of-band template (*.example.yaml)`);
        return;
      }
      if (key !== undefined) {
        const keys = new Set([
          ...Object.keys(target.obj.data ?? {}),
          ...Object.keys(target.obj.stringData ?? {}),
          ...Object.keys(target.obj.binaryData ?? {}),
        ]);
        if (!keys.has(key)) errors.push(`${where}: ${kind} "${name}" has no key "${key}"`);
      }
    };
    for (const { c } of allContainers(pod.spec)) {
      const where = `container "${c.name}"`;
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef) need('ConfigMap', ef.configMapRef.name, ef.configMapRef.optional, undefined, where);
        if (ef.secretRef) need('Secret', ef.secretRef.name, ef.secretRef.optional, undefined, where);
      }
      for (const ev of c.env ?? []) {
        const cm = ev.valueFrom?.configMapKeyRef;
        const sk = ev.valueFrom?.secretKeyRef;
        if (cm) need('ConfigMap', cm.name, cm.optional, cm.key, `${where} env ${ev.name}`);
        if (sk) need('Secret', sk.name, sk.optional, sk.key, `${where} env ${ev.name}`);
      }
      const mounted = new Set((pod.spec.volumes ?? []).map((v) => v.name));
      for (const vm of c.volumeMounts ?? [])
        if (!mounted.has(vm.name)) errors.push(`${where}: volumeMount "${vm.name}" has no volume`);
    }
    for (const v of pod.spec.volumes ?? []) {
      if (v.configMap) need('ConfigMap', v.configMap.name, v.configMap.optional, undefined, `volume "${v.name}"`);
      if (v.secret) need('Secret', v.secret.secretName, v.secret.optional, undefined, `volume "${v.name}"`);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const print = args.includes('--print');
  const positional = args.filter((a) => !a.startsWith('--'));
  const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--print');
  if (unknownFlags.length || positional.length > 1) {
    console.error('usage: node tools/k8s/validate.mjs [kustomization-dir] [--print]');
    process.exit(2);
  }
  const dir = path.resolve(positional[0] ?? path.join(repoRoot, 'k8s', 'base'));
  let resources;
  let templates;
  try {
    resources = render(dir);
    const listed = new Set(resources.map((r) => path.resolve(r.source.replace(/#\d+$/, ''))));
    templates = loadTemplates(dir, listed);
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    console.log(`ERROR  ${e.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const all = [...resources, ...templates];
  if (print) {
    for (const e of resources) console.log(`---\n# Source: ${e.source}\n${stringify(e.obj, { lineWidth: 0 })}`.trimEnd());
    console.log('---');
  }
  console.log(
    `${rel(findKustomization(dir))}: ${resources.length} objects rendered, ${templates.length} out-of-band template(s)`,
  );

  // schema models
  for (const e of all) {
    e.errors = [];
    const { apiVersion, kind } = e.obj;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      e.errors.push('apiVersion and kind are required');
      continue;
    }
    e.model = await loadModel(apiVersion, kind);
    if (!e.model) e.errors.push(`unknown kind: no kubernetes-models schema for ${apiVersion} ${kind}`);
  }
  let strict = null;
  const models = new Map(all.filter((e) => e.model).map((e) => [e.model.specifier, e.model]));
  if (models.size) strict = await createStrictChecker(models.values());
  if (!strict) console.log('WARN   typescript not installed: unknown-field check skipped');

  // duplicates (kustomize refuses them too)
  const seen = new Map();
  for (const e of resources) {
    const id = `${splitApiVersion(String(e.obj.apiVersion)).group}/${e.obj.kind}/${e.obj.metadata?.namespace ?? ''}/${e.obj.metadata?.name}`;
    if (seen.has(id)) e.errors.push(`duplicate object (also in ${seen.get(id)})`);
    else seen.set(id, e.source);
  }

  const ctx = {
    all: resources,
    templates,
    services: resources.filter((e) => e.obj.kind === 'Service').map((e) => e.obj),
    workloads: resources.map((e) => ({ obj: e.obj, pod: podTemplateOf(e.obj) })).filter((w) => w.pod),
  };

  let passed = 0;
  let failed = 0;
  const width = Math.max(...all.map((e) => `${e.obj.apiVersion} ${e.obj.kind} ${e.obj.metadata?.name}`.length));
  for (const e of all) {
    if (e.model) {
      e.errors.push(...schemaErrors(e.model.Model, e.obj));
      if (strict) e.errors.push(...strict(e.model.specifier, e.obj));
    }
    e.errors.push(...policyErrors(e, ctx));
    if (!e.template) e.errors.push(...referenceErrors(e, ctx));
    const label = `${e.obj.apiVersion} ${e.obj.kind} ${e.obj.metadata?.name}`.padEnd(width);
    const note = e.template ? '  (template, not in resources)' : '';
    if (e.errors.length) {
      failed++;
      console.log(`FAIL  ${label}  ${e.source}${note}`);
      for (const msg of e.errors) console.log(`        - ${msg}`);
    } else {
      passed++;
      console.log(`ok    ${label}  ${e.source}${note}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
