export * from './lib/rapportage.module';
export { complianceCsv } from './lib/compliance-csv';
