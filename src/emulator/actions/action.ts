import type { EmulatorContext } from '../context';
import type { Params } from './params';

/** One RPC action: returns the fields that go beside `RequestId` and `Success: true`. */
export type ActionHandler = (params: Params, ctx: EmulatorContext) => Record<string, unknown>;
