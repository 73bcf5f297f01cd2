import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { ROUTE_PREFETCH_ELEMENT_ID } from '../../shared/app-shell/route-prefetch';

/** The part of Vite's `.vite/manifest.json` this file reads. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const SIGNED_IN_LAYOUT = 'src/app/components/app-layout.tsx';
const route = (name: string) => `src/app/routes/${name}.tsx`;
/**
 * The words every page waits for before its first render, and those of the signed-in pages and
 * the kiosk, in the default language (the language is the browser's choice, made in the app; a
 * page in another language loads its own and leaves these small chunks unused).
 */
const SHELL_WORDS = 'src/app/i18n/locales/en/shell.po';
const CONSOLE_WORDS = [
  'src/app/i18n/locales/en/console.po',
  'src/app/i18n/console/console-setup.ts',
];
/**
 * Each route's own words: the catalog part named as the route (lingui.config.ts), where there is
 * one; a name the build has no chunk for (a route without words of its own) preloads nothing.
 */
const withPageWords = (modules: string[]) =>
  modules.flatMap((module) => {
    const name = /^src\/app\/routes\/(.+)\.tsx$/.exec(module)?.[1];
    return name ? [module, `src/app/i18n/locales/en/${name}.po`] : [module];
  });

interface PageModules {
  /** The lazy modules the address renders (mirrors src/app/router.tsx). */
  modules: string[];
  /** The pages a user most likely opens next: fetched when the browser is idle after the page. */
  next: string[];
}

/**
 * Which lazy page module each address renders. Signed-in pages also render the console layout.
 * Unknown paths get the plain shell.
 */
const PAGE_MODULES: Array<[RegExp, PageModules]> = [
  [/^\/login$/, { modules: [route('login')], next: [SIGNED_IN_LAYOUT, route('products')] }],
  [/^\/kiosk$/, { modules: [route('kiosk')], next: [] }],
  [
    /^\/products$/,
    {
      modules: [SIGNED_IN_LAYOUT, route('products')],
      next: [route('ota-modules'), route('upgrade-tasks'), route('reports')],
    },
  ],
  [
    /^\/products\/[^/]+\/modules$/,
    {
      modules: [SIGNED_IN_LAYOUT, route('ota-modules')],
      next: [route('upgrade-tasks'), route('products')],
    },
  ],
  [
    /^\/products\/[^/]+\/tasks$/,
    {
      modules: [SIGNED_IN_LAYOUT, route('upgrade-tasks')],
      next: [route('ota-modules'), route('products')],
    },
  ],
  [
    /^\/audit$/,
    { modules: [SIGNED_IN_LAYOUT, route('audit')], next: [route('products'), route('reports')] },
  ],
  [
    /^\/reports$/,
    {
      modules: [SIGNED_IN_LAYOUT, route('reports')],
      next: [route('products'), route('upgrade-tasks')],
    },
  ],
  [/^\/directory$/, { modules: [SIGNED_IN_LAYOUT, route('directory')], next: [route('products')] }],
];

const NO_MODULES: PageModules = { modules: [], next: [] };

/** The session check as the app makes it (same URL, mode and credentials: the browser reuses it). */
const SESSION_PRELOAD = '<link rel="preload" as="fetch" crossorigin href="/api/auth/session">';

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
    const page = PAGE_MODULES.find(([pattern]) => pattern.test(pathname))?.[1] ?? NO_MODULES;
    const key = [...page.modules, '>', ...page.next].join('|');
    let variant = variants.get(key);
    if (!variant) {
      const words = page.modules.some((m) => m === SIGNED_IN_LAYOUT || m === route('kiosk'))
        ? [SHELL_WORDS, ...CONSOLE_WORDS]
        : [SHELL_WORDS];
      const withChunks = withPreloads(html, manifest, {
        modules: [...words, ...withPageWords(page.modules)],
        next: withPageWords(page.next),
      });
      // Every page but the kiosk asks who is signed in first thing (main.tsx): that answer is
      // asked for with the shell, ahead of the chunks, not after the entry script has run.
      const text = page.modules.includes(route('kiosk'))
        ? withChunks
        : withChunks.replace('<head>', `<head>\n    ${SESSION_PRELOAD}`);
      const identity = Buffer.from(text);
      variant = {
        identity,
        gzip: gzipSync(identity, { level: 9 }),
        br: brotliCompressSync(identity, brotliQuality(constants.BROTLI_MAX_QUALITY)),
      };
      variants.set(key, variant);
    }
    return variant;
  };

  return {
    /**
     * The shell for this address, in the best encoding the browser accepts; `edit` changes this
     * one answer's text (compressed then at a quick setting: it is a couple of kB).
     */
    forRequest(
      pathname: string,
      acceptEncoding: string | undefined,
      edit?: (html: string) => string,
    ): ShellBody {
      const accepted = acceptedEncodings(acceptEncoding);
      const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
      const variant = variantFor(pathname);
      if (!edit) return { body: encoding ? variant[encoding] : variant.identity, encoding };
      const text = Buffer.from(edit(variant.identity.toString()));
      if (encoding === 'br')
        return { body: brotliCompressSync(text, brotliQuality(5)), encoding: 'br' };
      if (encoding === 'gzip') return { body: gzipSync(text, { level: 6 }), encoding: 'gzip' };
      return { body: text, encoding: undefined };
    },
  };
}

const brotliQuality = (quality: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: quality },
});

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

function withPreloads(html: string, manifest: Manifest, page: PageModules): string {
  const { scripts, styles } = pageAssets(manifest, page.modules);
  const present = (file: string) => html.includes(`/${file}"`);
  const own = new Set([...scripts, ...styles]);
  const later = pageAssets(manifest, page.next);
  const prefetch = [...later.scripts, ...later.styles]
    .filter((file) => !own.has(file) && !present(file))
    .map((file) => `/${file}`);
  const links = [
    ...scripts
      .filter((file) => !present(file))
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...styles
      .filter((file) => !present(file))
      .map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ];
  if (prefetch.length) {
    // A data block, not a script: it runs nothing (and so needs no CSP allowance).
    const list = JSON.stringify(prefetch).replaceAll('<', '\\u003c');
    links.push(
      `<script type="application/json" id="${ROUTE_PREFETCH_ELEMENT_ID}">${list}</script>`,
    );
  }
  return links.length ? html.replace('</head>', `${links.join('\n    ')}\n  </head>`) : html;
}
