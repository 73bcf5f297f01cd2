import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Proves that each boundary rule of eslint.config.js fires: small code strings linted as if they
 * lived at the given path (the zones resolve imports from there), and a real two-file cycle under
 * tests/fixtures/lint (which the normal lint ignores).
 */
let eslint: ESLint;
beforeAll(() => {
  // import/no-cycle needs the file on disk; the cycle test below lints real files with it.
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { rules: { 'import/no-cycle': 'off' } },
  });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const ruleIds = async (filePath: string, code: string) =>
  (await problems(filePath, code)).map((p) => p.split(':')[0]);

describe('boundary zones (resolved paths)', { timeout: 120_000 }, () => {
  it('refuses the app importing shared/cloud, however the path is spelled', async () => {
    const file = 'src/app/features/reports/components/probe.ts';
    for (const path of [
      '../../../../shared/cloud',
      '../../../../shared/cloud/ota-enums',
      '../../../../../src/shared/cloud/rpc',
    ]) {
      expect(await ruleIds(file, `export type { TaskStatus } from '${path}';\n`), path).toContain(
        'import/no-restricted-paths',
      );
    }
  });

  it('refuses the app importing the BFF through a longer ../ path', async () => {
    const code =
      "import { AppError } from '../../../../../src/bff/errors';\n\nexport { AppError };\n";
    expect(await ruleIds('src/app/features/reports/components/probe.ts', code)).toContain(
      'import/no-restricted-paths',
    );
  });

  it('refuses the contract importing vendor shapes, and the BFF importing the emulator', async () => {
    expect(
      await ruleIds(
        'src/shared/contract/probe.ts',
        "export { TASK_STATUSES } from '../cloud/ota-enums';\n",
      ),
    ).toContain('import/no-restricted-paths');
    expect(
      await ruleIds(
        'src/bff/routes/probe.ts',
        "export { ACTIONS } from '../../emulator/actions';\n",
      ),
    ).toContain('import/no-restricted-paths');
  });

  it('lets the BFF use shared/cloud and the app use the contract', async () => {
    expect(
      await problems(
        'src/bff/routes/probe.ts',
        "export type { TaskStatus } from '../../shared/cloud';\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/app/features/reports/components/probe.ts',
        "export type { Firmware } from '../../../../shared/contract/firmware';\n",
      ),
    ).toEqual([]);
  });
});

describe('vendor (PascalCase) fields stay in src/bff/cloud', { timeout: 120_000 }, () => {
  const outside = 'src/bff/routes/probe.ts';

  it('refuses reading one outside src/bff/cloud: member, computed member, destructuring', async () => {
    for (const code of [
      'export const f = (body: { Data: unknown }) => body.Data;\n',
      "export const f = (body: Record<string, unknown>) => body['RequestId'];\n",
      'export const f = ({ DeviceName }: { DeviceName: string }) => DeviceName;\n',
    ]) {
      expect(await ruleIds(outside, code), code).toContain('no-restricted-syntax');
    }
  });

  it('refuses writing one outside src/bff/cloud, and in the app', async () => {
    expect(await ruleIds(outside, "export const params = { ProductKey: 'a1' };\n")).toContain(
      'no-restricted-syntax',
    );
    expect(
      await ruleIds(
        'src/app/features/reports/api/probe.ts',
        'export const id = (task: { TaskId: string }) => task.TaskId;\n',
      ),
    ).toContain('no-restricted-syntax');
  });

  it('still refuses them in translated app files (which add rules of their own)', async () => {
    expect(
      await ruleIds(
        'src/app/components/probe.tsx',
        'export const id = (task: { TaskId: string }) => task.TaskId;\n',
      ),
    ).toContain('no-restricted-syntax');
  });

  it('allows them inside src/bff/cloud, and allows other PascalCase names elsewhere', async () => {
    expect(
      await problems(
        'src/bff/cloud/probe.ts',
        'export const f = (body: { Data: unknown }) => body.Data;\n',
      ),
    ).toEqual([]);
    expect(
      await problems('src/app/lib/probe.ts', 'export const number = new Intl.NumberFormat();\n'),
    ).toEqual([]);
  });
});

describe('import cycles', { timeout: 120_000 }, () => {
  it('refuses a cycle of two real files', async () => {
    const linter = new ESLint({ cwd: process.cwd(), ignore: false });
    const [result] = await linter.lintFiles(['tests/fixtures/lint/cycle-a.ts']);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import/no-cycle');
  });
});
