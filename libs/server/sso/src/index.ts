export * from './lib/sso.module';
export * from './lib/sso-login.service';
export * from './lib/geheim';
