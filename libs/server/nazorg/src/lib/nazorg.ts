/** Follow-up tasks and the mail preference: request dtos, service and controller, one file each. */
export * from './nazorg.dto';
export * from './nazorg.service';
export * from './nazorg.controller';
