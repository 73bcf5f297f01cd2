export * from './actions';
export * from './ota-enums';
export * from './report';
export * from './rpc';
