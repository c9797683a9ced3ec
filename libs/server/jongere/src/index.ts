export * from './lib/jongere.module';
export type { JongereAuthenticator, JongereIdentiteit } from './lib/authenticator';
export { JONGERE_WIS, JongereWissenModule } from './lib/wissen';
