import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The part of Vite's `.vite/manifest.json` this file reads. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const SIGNED_IN_LAYOUT = 'src/app/components/app-layout.tsx';

/**
 * Which lazy page module each address renders (mirrors src/app/router.tsx). Signed-in pages also
 * render the console layout. Unknown paths get the plain shell.
 */
const PAGE_MODULES: Array<[RegExp, string[]]> = [
  [/^\/login$/, ['src/app/routes/login.tsx']],
  [/^\/kiosk$/, ['src/app/routes/kiosk.tsx']],
  [/^\/products$/, [SIGNED_IN_LAYOUT, 'src/app/routes/products.tsx']],
  [/^\/products\/[^/]+\/modules$/, [SIGNED_IN_LAYOUT, 'src/app/routes/ota-modules.tsx']],
  [/^\/products\/[^/]+\/tasks$/, [SIGNED_IN_LAYOUT, 'src/app/routes/upgrade-tasks.tsx']],
  [/^\/audit$/, [SIGNED_IN_LAYOUT, 'src/app/routes/audit.tsx']],
  [/^\/reports$/, [SIGNED_IN_LAYOUT, 'src/app/routes/reports.tsx']],
];

export interface ShellBody {
  body: Buffer;
  encoding: 'br' | 'gzip' | undefined;
}

interface ShellVariant {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/**
 * The SPA's index.html per page, with `modulepreload` links for that page's own chunks (and a
 * preload for its stylesheet), so the browser fetches them alongside the entry script instead of
 * after it has run. Each variant is built once, compressed with gzip and Brotli.
 */
export function createAppShell(root: string) {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const manifest = readManifest(root);
  const variants = new Map<string, ShellVariant>();

  const variantFor = (pathname: string): ShellVariant => {
    const modules = PAGE_MODULES.find(([pattern]) => pattern.test(pathname))?.[1] ?? [];
    const key = modules.join('|');
    let variant = variants.get(key);
    if (!variant) {
      const text = withPreloads(html, manifest, modules);
      const identity = Buffer.from(text);
      variant = {
        identity,
        gzip: gzipSync(identity, { level: 9 }),
        br: brotliCompressSync(identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
      };
      variants.set(key, variant);
    }
    return variant;
  };

  return {
    /** The shell for this address, in the best encoding the browser accepts. */
    forRequest(pathname: string, acceptEncoding: string | undefined): ShellBody {
      const variant = variantFor(pathname);
      const accepted = acceptedEncodings(acceptEncoding);
      const accepts = (name: string) => accepted.has(name);
      if (accepts('br')) return { body: variant.br, encoding: 'br' };
      if (accepts('gzip')) return { body: variant.gzip, encoding: 'gzip' };
      return { body: variant.identity, encoding: undefined };
    },
  };
}

/** Encodings an Accept-Encoding header allows (q=0 refuses one). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) names.add(name);
  }
  return names;
}

function readManifest(root: string): Manifest {
  try {
    return JSON.parse(readFileSync(path.join(root, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    // A build without a manifest still works; pages just do not get their chunks preloaded.
    return {};
  }
}

/** The chunk files (with their static imports) and stylesheets the modules need. */
export function pageAssets(manifest: Manifest, modules: string[]) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  modules.forEach(visit);
  return { scripts: [...scripts], styles: [...styles] };
}

function withPreloads(html: string, manifest: Manifest, modules: string[]): string {
  const { scripts, styles } = pageAssets(manifest, modules);
  const present = (file: string) => html.includes(`/${file}"`);
  const links = [
    ...scripts
      .filter((file) => !present(file))
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...styles
      .filter((file) => !present(file))
      .map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ];
  return links.length ? html.replace('</head>', `${links.join('\n    ')}\n  </head>`) : html;
}
