import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';

import { CHROMIUM } from './session';

async function packageVersion(name: string): Promise<string> {
  try {
    const text = await readFile(
      new URL(`../../node_modules/${name}/package.json`, import.meta.url),
      'utf8',
    );
    return (JSON.parse(text) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export interface Versions {
  node: string;
  chromium: string;
  machine: string;
  packages: Record<string, string>;
}

export async function readVersions(): Promise<Versions> {
  const chromium = await promisify(execFile)(CHROMIUM, ['--version'])
    .then(({ stdout }) => stdout.trim())
    .catch(() => 'unknown');
  const names = [
    'vite',
    'react',
    'react-router',
    '@tanstack/react-query',
    '@mantine/core',
    'fastify',
    'lighthouse',
    '@playwright/test',
  ];
  const packages: Record<string, string> = {};
  for (const name of names) packages[name] = await packageVersion(name);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return {
    node: process.version,
    chromium,
    machine: `${os.cpus().length} × ${cpu.trim()}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.platform()} ${os.release()}`,
    packages,
  };
}
