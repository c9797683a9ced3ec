export * from './lib/verzuimagenda.module';
export { VerzuimagendaService, startInhoud, INSTELLING_PARTIJ } from './lib/verzuimagenda.service';
export { renderAgendaPdf, agendaBestandsnaam, agendaTitel } from './lib/agenda-pdf';
export { geldendeNormen } from './lib/normen';
export { agendaNormen } from './lib/data/verzuimagenda.queries';
