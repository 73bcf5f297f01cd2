import { Text } from '@mantine/core';

import { characterCount } from '../../../../shared/ota/module-rules';

/** An input's hint followed by a live "n/max characters" count that turns red past the limit. */
export function CountedHint({ hint, value, max }: { hint?: string; value: string; max: number }) {
  const count = characterCount(value);
  return (
    <>
      {hint && `${hint} · `}
      <Text span inherit c={count > max ? 'red.8' : undefined} fw={count > max ? 600 : undefined}>
        {count}/{max} characters
      </Text>
    </>
  );
}
