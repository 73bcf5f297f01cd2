import type { Plugin } from 'vite';

/**
 * The English beside each message id (`{ id, message }`, `<Trans id message>`) is for people
 * reading the code and for `lingui extract`; the built app reads every word from its compiled
 * catalogs, loaded before anything renders. So the build drops that English from the app's
 * code, as Lingui's macros do in production: pages carry their words once, in their catalog.
 */
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
/** `id: '…',` followed by `message: '…'` (one string: the code never concatenates messages). */
const DESCRIPTOR = new RegExp(
  String.raw`(\bid:\s*(?:${STRING}))\s*,\s*message:\s*(?:${STRING})`,
  'g',
);
/** `<Trans id="…" message="…"`. */
const TRANS = new RegExp(String.raw`(\bid=(?:${STRING}))\s+message=(?:${STRING})`, 'g');

export function stripI18nSourceText(): Plugin {
  return {
    name: 'strip-i18n-source-text',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/app\/.*\.tsx?$/.test(id) || /\.test\.tsx?$|\/testing\//.test(id)) return null;
      if (!code.includes('message')) return null;
      const stripped = code.replace(DESCRIPTOR, '$1').replace(TRANS, '$1');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
