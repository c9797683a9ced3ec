export * from './lib/overleg.module';
