/**
 * Actions that only this emulator answers (the cloud has no such API). `--strict` refuses them
 * exactly as the cloud refuses an unknown Action: HTTP 404 `InvalidApi.NotFound`.
 */
export const EMULATOR_ONLY_ACTIONS: ReadonlySet<string> = new Set(['ListOTATaskByFirmware']);
