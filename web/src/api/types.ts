import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;

export type SessionInfo = Json<paths['/api/auth/me']['get']['responses'][200]>;
export type SessionUser = SessionInfo['user'];
export type Role = SessionUser['role'];
export type PublicRelais = Json<paths['/api/public/relais/{slug}']['get']['responses'][200]>;
export type Relais = Json<paths['/api/relais/{relaisId}']['get']['responses'][200]>;
export type Commune = Json<paths['/api/relais/{relaisId}/communes']['get']['responses'][200]>['communes'][number];
export type Site = Json<paths['/api/relais/{relaisId}/sites']['get']['responses'][200]>['sites'][number];
export type SiteInput = NonNullable<
  paths['/api/relais/{relaisId}/sites']['post']['requestBody']
>['content']['application/json'];
export type SiteKind = SiteInput['kind'];
export type Account = Json<paths['/api/relais/{relaisId}/accounts']['get']['responses'][200]>['accounts'][number];
type OutboxList = Json<paths['/api/relais/{relaisId}/outbox']['get']['responses'][200]>;
export type OutboxItem = OutboxList['messages'][number];
export type OutboxMessage = Json<paths['/api/relais/{relaisId}/outbox/{messageId}']['get']['responses'][200]>;
export type PublicRelaisSummary = Json<paths['/api/public/relais']['get']['responses'][200]>['relais'][number];
export type PublicDirectory = Json<paths['/api/public/relais/{slug}/directory']['get']['responses'][200]>;
export type PublicMap = Json<paths['/api/public/relais/{slug}/map']['get']['responses'][200]>;
