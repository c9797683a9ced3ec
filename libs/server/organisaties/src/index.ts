export * from './lib/organisaties.module';
export * from './lib/data';
