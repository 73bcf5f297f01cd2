import { useLingui } from '@lingui/react';
import { Loader } from '@mantine/core';

import classes from './kiosk.module.css';

/** A full-screen message: the link ended, or the screen is starting. */
export function KioskMessage({ title, text }: { title: string; text?: string }) {
  return (
    <main className={classes.message}>
      <h1 className={classes.messageTitle}>{title}</h1>
      {text && <p className={classes.messageText}>{text}</p>}
    </main>
  );
}

export function KioskLoading() {
  const { i18n } = useLingui();
  return (
    <main className={classes.message}>
      <Loader size="xl" aria-label={i18n._({ id: 'common.loading', message: 'Loading' })} />
    </main>
  );
}
