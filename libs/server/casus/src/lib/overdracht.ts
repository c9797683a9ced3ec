/** Warm handover: request dto, service and controller, one file each. */
export * from './overdracht.dto';
export * from './overdracht.service';
export * from './overdracht.controller';
