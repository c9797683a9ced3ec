/** The signed machtiging of a share: request dto, service and controller, one file each. */
export * from './machtiging.dto';
export * from './machtiging.service';
export * from './machtiging.controller';
