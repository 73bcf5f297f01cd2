import type { TestEmulator } from './harness';

export interface Envelope {
  code: number;
  message: string;
  data: unknown;
}

export async function reportLogin(
  emu: TestEmulator,
  userName = 'demo',
  password = 'demo',
  base = '/prod/system',
) {
  const response = await fetch(`${emu.url}${base}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName, password }),
  });
  return { status: response.status, body: (await response.json()) as Envelope };
}

export async function reportToken(emu: TestEmulator): Promise<string> {
  const { body } = await reportLogin(emu);
  return (body.data as { tokenId: string }).tokenId;
}

export async function queryReport(
  emu: TestEmulator,
  token: string | undefined,
  body: unknown,
  base = '/prod/system',
) {
  const response = await fetch(`${emu.url}${base}/asset/command/queryTerminalOtaReport`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { token } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Envelope };
}
