export * from './format';
export * from './late';
export * from './notify';
