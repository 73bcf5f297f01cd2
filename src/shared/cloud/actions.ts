import type { TaskStatus } from './ota-enums';
import type {
  ListOtaFirmwareReply,
  ListOtaJobByFirmwareReply,
  ListOtaModuleByProductReply,
  ListOtaTaskReply,
  ListOtaUnfinishedTaskByDeviceReply,
  QueryOtaFirmwareReply,
  QueryOtaJobReply,
  QueryProductListReply,
  QueryProductReply,
  RpcReply,
} from './rpc';

/** Paging parameters of the list actions. */
interface PageParams {
  CurrentPage?: number;
  PageSize?: number;
}

interface ModuleParams {
  ProductKey: string;
  ModuleName: string;
  AliasName?: string;
  Desc?: string;
}

interface TaskFilterParams extends PageParams {
  TaskStatus?: TaskStatus;
  /** Sent as `DeviceNames.1`, `DeviceNames.2`, … */
  DeviceNames?: string[];
}

/** Each Action's request parameters (besides the common ones: signature, RegionId, IotInstanceId). */
export interface ActionRequests {
  QueryProductList: PageParams & { AliyunCommodityCode?: string };
  QueryProduct: { ProductKey: string };
  ListOTAModuleByProduct: { ProductKey: string };
  CreateOTAModule: ModuleParams;
  UpdateOTAModule: ModuleParams;
  DeleteOTAModule: { ProductKey: string; ModuleName: string };
  ListOTAFirmware: PageParams & { ProductKey?: string; DestVersion?: string };
  QueryOTAFirmware: { FirmwareId: string };
  ListOTAJobByFirmware: PageParams & { FirmwareId: string };
  QueryOTAJob: { JobId: string };
  ListOTATaskByJob: TaskFilterParams & { JobId: string };
  /** Our emulator's only: the public cloud has no such Action. */
  ListOTATaskByFirmware: TaskFilterParams & {
    FirmwareId: string;
    ProductKey?: string;
    JobId?: string;
  };
  ListOTAUnfinishedTaskByDevice: {
    IotId?: string;
    ProductKey?: string;
    DeviceName?: string;
    ModuleName?: string;
    TaskStatus?: TaskStatus;
    TaskStatusList?: TaskStatus[];
  };
  CancelOTATaskByDevice: {
    ProductKey: string;
    FirmwareId: string;
    JobId?: string;
    /** Sent as `DeviceName.1`, `DeviceName.2`, … (1–200). */
    DeviceName: string[];
  };
  CancelOTATaskByJob: {
    JobId: string;
    CancelScheduledTask?: boolean;
    CancelQueuedTask?: boolean;
    CancelNotifiedTask?: boolean;
    CancelInProgressTask?: boolean;
    CancelUnconfirmedTask?: boolean;
  };
}

/** Each Action's success reply, as the vendor spells it. */
export interface ActionReplies {
  QueryProductList: QueryProductListReply;
  QueryProduct: QueryProductReply;
  ListOTAModuleByProduct: ListOtaModuleByProductReply;
  CreateOTAModule: RpcReply;
  UpdateOTAModule: RpcReply;
  DeleteOTAModule: RpcReply;
  ListOTAFirmware: ListOtaFirmwareReply;
  QueryOTAFirmware: QueryOtaFirmwareReply;
  ListOTAJobByFirmware: ListOtaJobByFirmwareReply;
  QueryOTAJob: QueryOtaJobReply;
  ListOTATaskByJob: ListOtaTaskReply;
  ListOTATaskByFirmware: ListOtaTaskReply;
  ListOTAUnfinishedTaskByDevice: ListOtaUnfinishedTaskByDeviceReply;
  CancelOTATaskByDevice: RpcReply;
  CancelOTATaskByJob: RpcReply;
}

export type ActionName = keyof ActionReplies & keyof ActionRequests;

/** What an Action's handler supplies beside `RequestId` and `Success: true`. */
export type ActionReplyFields<A extends ActionName> = Omit<ActionReplies[A], keyof RpcReply>;
