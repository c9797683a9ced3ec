import { createParamDecorator } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import type { AppAbility } from '@rmc/shared-authz';
import { NietIngelogd } from '../http/problems';
import type { Actor, ClsStore } from '../tenancy/request-context';

/** The verified actor; throws when there is none (fails closed). */
export const CurrentActor = createParamDecorator((): Actor => {
  const actor = ClsServiceManager.getClsService<ClsStore>().get('actor');
  if (!actor) throw NietIngelogd();
  return actor;
});

export const CurrentAbility = createParamDecorator((): AppAbility => {
  const ability = ClsServiceManager.getClsService<ClsStore>().get('ability');
  if (!ability) throw NietIngelogd();
  return ability;
});
