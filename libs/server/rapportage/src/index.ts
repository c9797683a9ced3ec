export * from './lib/rapportage.module';
export { complianceCsv, complianceCsvDelen } from './lib/compliance-csv';
