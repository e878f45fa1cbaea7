export * from './kinds';
export * from './states';
export * from './votes';
