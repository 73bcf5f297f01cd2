import type { ActionName, ActionReplyFields } from '../../shared/cloud';
import type { EmulatorContext } from '../context';
import type { Params } from './params';

/**
 * One RPC action: returns the fields that go beside `RequestId` and `Success: true`, typed by the
 * vendor reply of `shared/cloud` (a reply that drifts from it fails the typecheck).
 */
export type ActionHandler<A extends ActionName> = (
  params: Params,
  ctx: EmulatorContext,
) => ActionReplyFields<A>;

/** Every Action the emulator serves, each with its handler. */
export type ActionTable = { readonly [A in ActionName]: ActionHandler<A> };
