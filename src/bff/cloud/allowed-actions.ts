/**
 * The only IoT Platform actions the console may call. Nothing a browser sends can name an action
 * or an endpoint; routes pick from this list.
 */
export const READ_ACTIONS = [
  'QueryProductList',
  'QueryProduct',
  'ListOTAModuleByProduct',
  'ListOTAFirmware',
  'QueryOTAFirmware',
  'ListOTAJobByFirmware',
  'QueryOTAJob',
  'ListOTATaskByJob',
  'ListOTATaskByFirmware',
] as const;

export const WRITE_ACTIONS = [
  'CreateOTAModule',
  'UpdateOTAModule',
  'DeleteOTAModule',
  'CancelOTATaskByDevice',
  'CancelOTATaskByJob',
] as const;

export type ReadAction = (typeof READ_ACTIONS)[number];
export type WriteAction = (typeof WRITE_ACTIONS)[number];
export type IotAction = ReadAction | WriteAction;

/** The SDK model sends ListOTAModuleByProduct as GET and every other OTA action as POST. */
export function httpMethodFor(action: IotAction): 'GET' | 'POST' {
  return action === 'ListOTAModuleByProduct' || action === 'QueryProductList' ? 'GET' : 'POST';
}

export function isReadAction(action: IotAction): action is ReadAction {
  return (READ_ACTIONS as readonly string[]).includes(action);
}
