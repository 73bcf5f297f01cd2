import {
  type KioskPanel,
  type KioskSettings,
  kioskSettingsSchema,
} from '../../shared/contract/kiosk';
import { ConfigError } from '../env';

export interface KioskIssueValues {
  label?: string;
  product?: string[];
  firmware?: string[];
  range?: string;
  'rotate-seconds'?: string;
  'stuck-hours'?: string;
  zone?: string;
  lang?: string;
}

const upstreamId = /^[A-Za-z0-9_-]{1,64}$/;
const OPTION_OF: Record<keyof KioskSettings, string> = {
  range: '--range',
  rotateSeconds: '--rotate-seconds',
  stuckHours: '--stuck-hours',
  zone: '--zone',
  lang: '--lang',
};

/** "12" → 12; anything but a plain decimal number stays text, so the schema names the option. */
const numberOf = (text: string | undefined) =>
  text === undefined ? undefined : /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;

/**
 * The command line's options of `issue` as a link: every problem named with its option, all of them
 * at once.
 */
export function parseKioskIssueOptions(values: KioskIssueValues): {
  label: string;
  panels: KioskPanel[];
  settings: KioskSettings;
} {
  const problems: string[] = [];
  const label = (values.label ?? 'Kiosk').trim();
  if (!label || label.length > 80) problems.push('--label: 1 to 80 characters');
  for (const [option, ids] of [
    ['--product', values.product],
    ['--firmware', values.firmware],
  ] as const) {
    for (const id of ids ?? [])
      if (!upstreamId.test(id))
        problems.push(`${option}: "${id}" is not an id (letters, digits, - and _, up to 64)`);
  }
  const panels: KioskPanel[] = [
    ...[...new Set(values.product)].map((productKey) => ({ title: productKey, productKey })),
    ...[...new Set(values.firmware)].map((firmwareId) => ({ title: firmwareId, firmwareId })),
  ];
  const parsed = kioskSettingsSchema.safeParse({
    range: values.range,
    rotateSeconds: numberOf(values['rotate-seconds']),
    stuckHours: numberOf(values['stuck-hours']),
    zone: values.zone,
    lang: values.lang,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const option = OPTION_OF[issue.path[0] as keyof KioskSettings];
      const message =
        issue.code === 'invalid_value'
          ? `one of ${issue.values.map(String).join(', ')}`
          : issue.message;
      problems.push(`${option}: ${message}`);
    }
  }
  if (problems.length > 0 || !parsed.success)
    throw new ConfigError(`Cannot issue the kiosk link:\n  ${problems.join('\n  ')}`);
  return { label, panels, settings: parsed.data };
}
