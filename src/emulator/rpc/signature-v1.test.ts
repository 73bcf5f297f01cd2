import { describe, expect, it } from 'vitest';

import { canonicalQueryV1 } from './percent-encode';
import { signV1, stringToSignV1 } from './signature-v1';

const ecsExample = {
  Timestamp: '2016-02-23T12:46:24Z',
  Format: 'XML',
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  Version: '2014-05-26',
  SignatureVersion: '1.0',
};

const otaVector = {
  AccessKeyId: 'testid',
  Action: 'CancelOTATaskByDevice',
  'DeviceName.1': 'dev 1',
  'DeviceName.2': 'dev*2~x',
  FirmwareId: 'fw+001',
  Format: 'JSON',
  ProductKey: 'a1TestPK',
  RegionId: 'cn-shanghai',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: 'b7c1b3a0-0000-4000-8000-000000000001',
  SignatureVersion: '1.0',
  Timestamp: '2024-11-19T09:47:43Z',
  Version: '2018-01-20',
};

describe('signature v1 (HMAC-SHA1)', () => {
  it('reproduces the official worked example', () => {
    expect(canonicalQueryV1(ecsExample)).toBe(
      'AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26',
    );
    const sts = stringToSignV1('GET', ecsExample);
    expect(sts).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(signV1(sts, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('gives CT9X0… when the parameter is spelled TimeStamp', () => {
    const { Timestamp, ...rest } = ecsExample;
    const params = { ...rest, TimeStamp: Timestamp };
    expect(signV1(stringToSignV1('GET', params), 'testsecret')).toBe(
      'CT9X0VtwR86fNWSnsc6v8YGOjuE=',
    );
  });

  it('matches the SDK unit-test vector (empty method)', () => {
    expect(signV1(stringToSignV1('', { test: 'ok' }), 'accessKeySecret')).toBe(
      'jHx/oHoHNrbVfhncHEvPdHXZwHU=',
    );
  });

  it('encodes the OTA edge cases (space, *, ~, +) and signs GET and POST', () => {
    expect(canonicalQueryV1(otaVector)).toBe(
      'AccessKeyId=testid&Action=CancelOTATaskByDevice&DeviceName.1=dev%201&DeviceName.2=dev%2A2~x&FirmwareId=fw%2B001&Format=JSON&ProductKey=a1TestPK&RegionId=cn-shanghai&SignatureMethod=HMAC-SHA1&SignatureNonce=b7c1b3a0-0000-4000-8000-000000000001&SignatureVersion=1.0&Timestamp=2024-11-19T09%3A47%3A43Z&Version=2018-01-20',
    );
    expect(signV1(stringToSignV1('GET', otaVector), 'testsecret')).toBe(
      'uCNgRdTcSkrHn4gahdtTKG2sqhw=',
    );
    expect(signV1(stringToSignV1('POST', otaVector), 'testsecret')).toBe(
      'Ql314BpbaAWbr7+IT7Z5WvBgrVc=',
    );
  });

  it('leaves Signature out of the canonical string', () => {
    expect(canonicalQueryV1({ ...ecsExample, Signature: 'x' })).toBe(canonicalQueryV1(ecsExample));
  });
});
