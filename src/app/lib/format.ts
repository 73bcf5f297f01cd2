import { i18n } from '@lingui/core';

/** A count with the active language's digit grouping. (Times: src/app/lib/time.) */
export const formatCount = (value: number): string => i18n.number(value);
