import { useLingui } from '@lingui/react';
import { Text } from '@mantine/core';

import { characterCount } from '../utils/module-limits';
import classes from './ota-modules.module.css';

/** For every module input: hint and error text dark enough to read. */
export const inputClassNames = {
  description: classes.hint,
  error: classes.error,
  wrapper: classes.inputWrapper,
};

/** An input's hint followed by a live "n/max characters" count that turns red past the limit. */
export function CountedHint({
  optional = false,
  value,
  max,
}: {
  optional?: boolean;
  value: string;
  max: number;
}) {
  const { i18n } = useLingui();
  const count = characterCount(value);
  const over = count > max;
  return (
    <>
      {optional && i18n._({ id: 'modules.optionalHint', message: 'Optional · ' })}
      <Text span inherit className={over ? classes.error : undefined} fw={over ? 700 : undefined}>
        {i18n._({
          id: 'modules.characterCount',
          message: '{count}/{max} characters',
          values: { count, max },
        })}
      </Text>
    </>
  );
}
