import type { ActionName } from '../../shared/cloud';
import type { ActionTable } from './action';
import { cancelOtaTaskByDevice } from './cancel-ota-task-by-device';
import { cancelOtaTaskByJob } from './cancel-ota-task-by-job';
import { createOtaModule } from './create-ota-module';
import { deleteOtaModule } from './delete-ota-module';
import { listOtaFirmware } from './list-ota-firmware';
import { listOtaJobByFirmware } from './list-ota-job-by-firmware';
import { listOtaModuleByProduct } from './list-ota-module-by-product';
import { listOtaTaskByFirmware } from './list-ota-task-by-firmware';
import { listOtaTaskByJob } from './list-ota-task-by-job';
import { listOtaUnfinishedTaskByDevice } from './list-ota-unfinished-task-by-device';
import { queryOtaFirmware } from './query-ota-firmware';
import { queryOtaJob } from './query-ota-job';
import { queryProduct } from './query-product';
import { queryProductList } from './query-product-list';
import { updateOtaModule } from './update-ota-module';

/** Action names are case-sensitive, as on the cloud. */
export const ACTIONS: ActionTable = {
  QueryProductList: queryProductList,
  QueryProduct: queryProduct,
  ListOTAModuleByProduct: listOtaModuleByProduct,
  CreateOTAModule: createOtaModule,
  UpdateOTAModule: updateOtaModule,
  DeleteOTAModule: deleteOtaModule,
  ListOTAFirmware: listOtaFirmware,
  QueryOTAFirmware: queryOtaFirmware,
  ListOTAJobByFirmware: listOtaJobByFirmware,
  QueryOTAJob: queryOtaJob,
  ListOTATaskByJob: listOtaTaskByJob,
  ListOTATaskByFirmware: listOtaTaskByFirmware,
  ListOTAUnfinishedTaskByDevice: listOtaUnfinishedTaskByDevice,
  CancelOTATaskByDevice: cancelOtaTaskByDevice,
  CancelOTATaskByJob: cancelOtaTaskByJob,
};

/** Whether the emulator serves this Action (names are case-sensitive, as on the cloud). */
export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}
