export * from './orgs';
export * from './members';
export * from './auth';
export * from './system';
export * from './plans';
export * from './activities';
export * from './requests';
export * from './meetings';
