import { useLingui } from '@lingui/react';
import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

import { normalizeTypedTime } from '../lib/time/zoned-input';

interface TypedTimeInputProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: ReactNode;
  /** Which zone the typed time is in, said after the format ("In UTC"). */
  zoneHint?: string;
  w?: number;
}

/**
 * A date-time typed as `YYYY-MM-DD HH:mm`, the same in every language (a native datetime-local
 * input writes dates in the browser's language and order). Loose text is tidied on leaving.
 */
export function TypedTimeInput({
  label,
  value,
  onChange,
  error,
  zoneHint,
  w,
}: TypedTimeInputProps) {
  const { i18n } = useLingui();
  const format = i18n._({ id: 'time.input.format', message: 'YYYY-MM-DD HH:mm, 24-hour clock' });
  return (
    <TextInput
      label={label}
      description={zoneHint ? `${format} · ${zoneHint}` : format}
      placeholder={i18n._({ id: 'time.input.placeholder', message: 'YYYY-MM-DD HH:mm' })}
      autoComplete="off"
      spellCheck={false}
      value={value}
      error={error}
      w={w}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const normalized = normalizeTypedTime(event.currentTarget.value);
        if (normalized !== event.currentTarget.value) onChange(normalized);
      }}
    />
  );
}
