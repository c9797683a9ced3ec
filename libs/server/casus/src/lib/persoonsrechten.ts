/** AVG rights (inzage, erasure): request dto, service and controller, one file each. */
export * from './persoonsrechten.dto';
export * from './persoonsrechten.service';
export * from './persoonsrechten.controller';
