export * from './verzuimagenda.queries';
