/**
 * Debian's Chromium, as every browser test, screenshot and benchmark here launches it. The flags
 * keep it off the network this machine does not have (no background fetches, no QUIC, no sync).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
