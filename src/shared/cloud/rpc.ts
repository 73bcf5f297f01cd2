import type {
  FirmwareStatus,
  JobStatus,
  JobType,
  SelectionType,
  TargetSelection,
  TaskStatus,
} from './ota-enums';

/** Every RPC reply. Business failures are HTTP 200 with `Success: false`. */
export interface RpcReply {
  RequestId: string;
  Success: boolean;
  Code?: string;
  ErrorMessage?: string;
  Message?: string;
}

/** Gateway (POP) errors: signature, key, nonce, timestamp, throttling. HTTP 4xx/5xx. */
export interface GatewayErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}

export interface PagingFields {
  CurrentPage: number;
  PageSize: number;
  PageCount: number;
  Total: number;
}

export interface ProductInfo {
  ProductKey: string;
  ProductName: string;
  DeviceCount: number;
  /** Epoch ms. */
  GmtCreate: number;
  NodeType: number;
  DataFormat: number;
  AuthType: string;
  Description: string;
}

export interface QueryProductListReply extends RpcReply {
  Data: PagingFields & { List: { ProductInfo: ProductInfo[] } };
}

export interface QueryProductReply extends RpcReply {
  Data: ProductInfo & {
    AliyunCommodityCode: string;
    Owner: boolean;
    ProductStatus: string;
    ProtocolType: string;
    /** 3 Wi-Fi, 6 cellular, 7 Ethernet, 8 other. */
    NetType: number;
    ValidateType: number;
  };
}

export interface OtaModuleDto {
  ProductKey: string;
  ModuleName: string;
  AliasName: string;
  Desc: string;
  /** UTC, minute precision: `2020-10-13T09:46Z`. */
  GmtCreate: string;
  GmtModified: string;
}

export interface ListOtaModuleByProductReply extends RpcReply {
  Data: OtaModuleDto[];
}

export interface SimpleFirmwareInfo {
  FirmwareId: string;
  FirmwareName: string;
  FirmwareDesc: string;
  FirmwareSign: string;
  FirmwareSize: number;
  SignMethod: string;
  SrcVersion: string;
  DestVersion: string;
  ModuleName: string;
  ProductKey: string;
  ProductName: string;
  Status: FirmwareStatus;
  Type: number;
  UtcCreate: string;
  UtcModified: string;
}

export interface ListOtaFirmwareReply extends RpcReply, PagingFields {
  FirmwareInfo: { SimpleFirmwareInfo: SimpleFirmwareInfo[] };
}

export interface FirmwareInfo extends SimpleFirmwareInfo {
  FirmwareUrl: string;
  Udi: string;
  VerifyProgress: number;
}

export interface QueryOtaFirmwareReply extends RpcReply {
  FirmwareInfo: FirmwareInfo;
}

export interface OtaTag {
  Key: string;
  Value: string;
}

export interface SimpleOtaJobInfo {
  JobId: string;
  FirmwareId: string;
  ProductKey: string;
  JobStatus: JobStatus;
  JobType: JobType;
  SelectionType: SelectionType;
  TargetSelection: TargetSelection;
  Tags: { OtaTagDTO: OtaTag[] };
  UtcCreate: string;
  UtcModified: string;
  UtcStartTime: string;
  UtcEndTime: string | null;
}

export interface ListOtaJobByFirmwareReply extends RpcReply, PagingFields {
  Data: { SimpleOTAJobInfo: SimpleOtaJobInfo[] };
}

export interface OtaJobInfo extends SimpleOtaJobInfo {
  Name: string;
  JobDesc: string;
  DestVersion: string;
  SrcVersions: { SrcVersion: string[] };
  NeedConfirm: boolean;
  NeedPush: boolean;
  TimeoutInMinutes: number | null;
  RetryCount: number | null;
  RetryInterval: number | null;
  MaximumPerMinute: number;
  OverwriteMode: number;
  DownloadProtocol: string;
  MultiModuleMode: boolean;
  GrayPercent: string | null;
  UtcScheduleTime: string | null;
  UtcScheduleFinishTime: string | null;
}

export interface QueryOtaJobReply extends RpcReply {
  Data: OtaJobInfo;
}

/** ListOTATaskByJob's task (no ModuleName: the SDK model has none). */
export interface SimpleOtaTaskInfo {
  TaskId: string;
  JobId: string;
  FirmwareId: string;
  ProductKey: string;
  ProductName: string;
  DeviceName: string;
  IotId: string;
  SrcVersion: string;
  DestVersion: string;
  TaskStatus: TaskStatus;
  /** Percent as a string, e.g. "45". */
  Progress: string;
  TaskDesc: string;
  /** Minutes as a string, or null. */
  Timeout: string | null;
  UtcCreate: string;
  UtcModified: string;
}

/** ListOTAUnfinishedTaskByDevice's task: ModuleName, but no Progress, TaskDesc or Timeout. */
export type UnfinishedOtaTaskInfo = Omit<SimpleOtaTaskInfo, 'Progress' | 'TaskDesc' | 'Timeout'> & {
  ModuleName: string;
};

/** ListOTATaskByJob, and the emulator's ListOTATaskByFirmware. */
export interface ListOtaTaskReply extends RpcReply, PagingFields {
  Data: { SimpleOTATaskInfo: SimpleOtaTaskInfo[] };
}

export interface ListOtaUnfinishedTaskByDeviceReply extends RpcReply {
  Data: { SimpleOTATaskInfo: UnfinishedOtaTaskInfo[] };
}
