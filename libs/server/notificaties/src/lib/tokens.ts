export const MAIL_QUEUE = Symbol('MAIL_QUEUE');
