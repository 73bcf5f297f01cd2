import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { firmwareNamed, jobsOf, TestEmulator } from './harness';

let strict: TestEmulator;
let lenient: TestEmulator;
beforeAll(async () => {
  [strict, lenient] = await Promise.all([
    TestEmulator.start({ strict: true }),
    TestEmulator.start(),
  ]);
});
afterAll(async () => {
  await Promise.all([strict.close(), lenient.close()]);
});

describe('strict mode', () => {
  it('refuses ListOTATaskByFirmware as the cloud refuses an unknown Action', async () => {
    const fw = await firmwareNamed(strict, 'a1AssetTrk1', 'T1-main-2.4.0');
    const raw = await strict.rawV1({
      Action: 'ListOTATaskByFirmware',
      FirmwareId: fw.FirmwareId as string,
    });
    expect(raw.status).toBe(404);
    expect(raw.body).toMatchObject({ Code: 'InvalidApi.NotFound' });
    expect(raw.body).toHaveProperty('RequestId');
    const unknown = await strict.rawV1({ Action: 'ListOTATaskByNobody' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.Code).toBe('InvalidApi.NotFound');
  });

  it('still serves every documented Action', async () => {
    const fw = await firmwareNamed(strict, 'a1AssetTrk1', 'T1-main-2.4.0');
    const job = (await jobsOf(strict, fw.FirmwareId as string))[0]!;
    const tasks = await strict.rpc('ListOTATaskByJob', { JobId: job.JobId, PageSize: 10 });
    expect(tasks.Success).toBe(true);
    expect((await strict.rpc('QueryProductList', {})).Success).toBe(true);
  });

  it('is off by default: the lenient emulator answers ListOTATaskByFirmware', async () => {
    const fw = await firmwareNamed(lenient, 'a1AssetTrk1', 'T1-main-2.4.0');
    const reply = await lenient.rpc('ListOTATaskByFirmware', {
      FirmwareId: fw.FirmwareId,
      PageSize: 1,
    });
    expect(reply.Success).toBe(true);
  });
});
