export * from './lib/jongere.module';
export type { JongereAuthenticator, JongereIdentiteit } from './lib/authenticator';
export { JONGERE_WIS, JongereWissenModule } from './lib/wissen';
export { JONGERE_LINK_SOORT, zetJongereLinkHash } from './lib/data/jongere.queries';
