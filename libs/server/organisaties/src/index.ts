export * from './lib/organisaties.module';
