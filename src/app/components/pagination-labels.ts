import type { I18n } from '@lingui/core';

type Control = 'first' | 'previous' | 'next' | 'last';

/** Names for Mantine Pagination's arrow buttons ("next page"), in the active language. */
export const paginationControlProps = (i18n: I18n) => (control: Control) => {
  const labels: Record<Control, string> = {
    first: i18n._({ id: 'pagination.first', message: 'first page' }),
    previous: i18n._({ id: 'pagination.previous', message: 'previous page' }),
    next: i18n._({ id: 'pagination.next', message: 'next page' }),
    last: i18n._({ id: 'pagination.last', message: 'last page' }),
  };
  return { 'aria-label': labels[control] };
};

/** Names for its numbered buttons ("Page 3"). */
export const paginationItemProps = (i18n: I18n) => (page: number) => ({
  'aria-label': i18n._({ id: 'pagination.page', message: 'Page {page}', values: { page } }),
});
