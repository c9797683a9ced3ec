/** School-system tokens: request dto, service and controller, one file each. */
export * from './systeemkoppelingen.dto';
export * from './systeemkoppelingen.service';
export * from './systeemkoppelingen.controller';
