export * from './lib/overleg.module';
export { OVERLEG_WIS, OverlegWissenModule } from './lib/wissen';
