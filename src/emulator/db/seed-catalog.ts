import type { JobStatus, TaskStatus } from '../../shared/cloud';

/** The deterministic demo catalogue. Device counts are for `scale: 'demo'` (×50 for `large`). */
export interface ProductSpec {
  productKey: string;
  productName: string;
  description: string;
  nodeType: number;
  devicePrefix: string;
  devices: number;
  ageDays: number;
  modules: Array<[name: string, alias: string, desc: string]>;
  firmware: FirmwareSpec[];
}

export interface FirmwareSpec {
  name: string;
  module: string;
  srcVersion: string;
  destVersion: string;
  desc: string;
  status: -1 | 0 | 1 | 2 | 3;
  ageDays: number;
  jobs: JobSpec[];
}

export interface JobSpec {
  name: string;
  status: JobStatus;
  needConfirm: boolean;
  /** Which slice of the product's devices the job targets, as fractions [from, to). */
  slice: [number, number];
  ageDays: number;
  /** Weights for each task status. */
  mix: Partial<Record<TaskStatus, number>>;
  targetSelection: 'ALL' | 'SPECIFIC' | 'GRAY';
}

const DONE = { SUCCEEDED: 86, FAILED: 9, CANCELED: 5 };
const LIVE = { QUEUED: 24, NOTIFIED: 10, IN_PROGRESS: 14, SUCCEEDED: 36, FAILED: 8, CANCELED: 8 };
const CONFIRMING = { CONFIRM: 65, QUEUED: 10, NOTIFIED: 5, SUCCEEDED: 15, CANCELED: 5 };

export const DEMO_PRODUCTS: ProductSpec[] = [
  {
    productKey: 'a1AssetTrk1',
    productName: 'Asset Tracker T1',
    description: 'LTE-M asset tracker with GNSS and BLE',
    nodeType: 0,
    devicePrefix: 'trk',
    devices: 1000,
    ageDays: 400,
    modules: [
      ['ble', 'BLE-radio', 'Bluetooth Low Energy stack'],
      ['gnss', 'GNSS', 'Satellite positioning receiver'],
      ['modem', 'LTE-modem', 'Cellular modem firmware'],
      ['mcu', 'Main-MCU', 'Application microcontroller'],
      ['can-bus', 'CAN', 'Vehicle CAN bus interface'],
      ['sensor_hub', 'Sensors', 'Accelerometer and temperature hub'],
      ['power.mgmt', 'Power', 'Battery and charging controller'],
      ['display', 'Display', 'E-paper status display'],
      ['audio', 'Buzzer', 'Audio alert driver'],
      ['bootloader', 'Boot', 'Second-stage bootloader'],
    ],
    firmware: [
      {
        name: 'T1-main-2.3.0',
        module: 'default',
        srcVersion: '2.2.1',
        destVersion: '2.3.0',
        desc: 'Spring maintenance release',
        status: 1,
        ageDays: 40,
        jobs: [
          {
            name: 'T1 2.3.0 rollout',
            status: 'COMPLETED',
            needConfirm: false,
            slice: [0, 0.6],
            ageDays: 28,
            mix: DONE,
            targetSelection: 'ALL',
          },
        ],
      },
      {
        name: 'T1-main-2.4.0',
        module: 'default',
        srcVersion: '2.3.0',
        destVersion: '2.4.0',
        desc: 'Power saving and GNSS fixes',
        status: 1,
        ageDays: 9,
        jobs: [
          {
            name: 'T1 2.4.0 wave 1',
            status: 'IN_PROGRESS',
            needConfirm: false,
            slice: [0, 0.5],
            ageDays: 6,
            mix: LIVE,
            targetSelection: 'SPECIFIC',
          },
          {
            name: 'T1 2.4.0 confirm',
            status: 'IN_PROGRESS',
            needConfirm: true,
            slice: [0.5, 0.62],
            ageDays: 3,
            mix: CONFIRMING,
            targetSelection: 'SPECIFIC',
          },
        ],
      },
      {
        name: 'T1-ble-1.4.2',
        module: 'ble',
        srcVersion: '1.4.1',
        destVersion: '1.4.2',
        desc: 'BLE pairing fix',
        status: 1,
        ageDays: 14,
        jobs: [
          {
            name: 'T1 BLE 1.4.2',
            status: 'IN_PROGRESS',
            needConfirm: false,
            slice: [0.3, 0.6],
            ageDays: 10,
            mix: LIVE,
            targetSelection: 'GRAY',
          },
        ],
      },
      {
        name: 'T1-gnss-3.1.0',
        module: 'gnss',
        srcVersion: '3.0.9',
        destVersion: '3.1.0',
        desc: 'Not yet verified',
        status: 0,
        ageDays: 2,
        jobs: [],
      },
    ],
  },
  {
    productKey: 'a1DashCam02',
    productName: 'Dash Camera D2',
    description: 'Dual-lens dash camera',
    nodeType: 0,
    devicePrefix: 'cam',
    devices: 600,
    ageDays: 300,
    modules: [
      ['camera', 'Camera', 'Image sensor pipeline'],
      ['storage', 'SD-card', 'Storage driver'],
      ['wifi', 'WiFi', 'Wi-Fi module'],
    ],
    firmware: [
      {
        name: 'D2-main-5.0.2',
        module: 'default',
        srcVersion: '5.0.1',
        destVersion: '5.0.2',
        desc: 'Night mode tuning',
        status: 1,
        ageDays: 20,
        jobs: [
          {
            name: 'D2 5.0.2 all',
            status: 'COMPLETED',
            needConfirm: false,
            slice: [0, 0.4],
            ageDays: 18,
            mix: DONE,
            targetSelection: 'ALL',
          },
          {
            name: 'D2 5.0.2 late',
            status: 'IN_PROGRESS',
            needConfirm: false,
            slice: [0.4, 0.8],
            ageDays: 4,
            mix: LIVE,
            targetSelection: 'SPECIFIC',
          },
        ],
      },
      {
        name: 'D2-camera-1.2.0',
        module: 'camera',
        srcVersion: '1.1.0',
        destVersion: '1.2.0',
        desc: 'HDR support',
        status: 1,
        ageDays: 8,
        jobs: [
          {
            name: 'D2 camera HDR',
            status: 'IN_PROGRESS',
            needConfirm: true,
            slice: [0, 0.25],
            ageDays: 5,
            mix: CONFIRMING,
            targetSelection: 'SPECIFIC',
          },
        ],
      },
    ],
  },
  {
    productKey: 'a1FleetGw03',
    productName: 'Fleet Gateway G3',
    description: 'Depot gateway for fleet telemetry',
    nodeType: 1,
    devicePrefix: 'gw',
    devices: 400,
    ageDays: 200,
    modules: [
      ['router', 'Router', 'Routing firmware'],
      ['lora', 'LoRa', 'LoRa concentrator'],
    ],
    firmware: [
      {
        name: 'G3-main-1.0.5',
        module: 'default',
        srcVersion: '1.0.4',
        destVersion: '1.0.5',
        desc: 'Security patch',
        status: 1,
        ageDays: 12,
        jobs: [
          {
            name: 'G3 security patch',
            status: 'IN_PROGRESS',
            needConfirm: false,
            slice: [0, 0.9],
            ageDays: 7,
            mix: LIVE,
            targetSelection: 'ALL',
          },
        ],
      },
    ],
  },
  {
    productKey: 'a1TempSns04',
    productName: 'Temperature Sensor S4',
    description: 'Cold-chain temperature sensor (no devices yet)',
    nodeType: 0,
    devicePrefix: 'sns',
    devices: 0,
    ageDays: 30,
    modules: [],
    firmware: [],
  },
];

/** Older versions that devices reported before the current packages: fills 30 days of reports. */
export const HISTORY_VERSIONS = ['1.9.8', '2.0.0', '2.1.0', '2.2.0', '2.2.1'];

/** Deliberately broken `upgradeInfo` strings (seed 004 shows JSON text; devices send junk too). */
export const MALFORMED_UPGRADE_INFOS = [
  '{"TYPE":"0","MODE":"0","PROTOCOL":"1","VERSION":"2.1.0","URL":"http://ota.emulator.local/FOTA/',
  '',
  'VERSION=2.2.0;URL=http://ota.emulator.local/FOTA/legacy.bin',
  '{"TYPE":0,"MODE":"1"}',
  'null',
];
