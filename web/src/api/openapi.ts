/**
 * The server's API types, derived from the generated OpenAPI types (openapi.gen.ts, `npm run gen:api`): a field
 * renamed on the server fails the web's typecheck instead of arriving undefined.
 */
import type { components, paths } from './openapi.gen';

/** The answers the server names (components of the OpenAPI document). */
export type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON an operation answers on success (200, 201 or 202). */
export type ApiAnswer<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 202>]> : never;

/** The JSON body an operation takes. */
export type ApiBody<P extends keyof paths, M extends Method = 'post'> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters an operation takes. */
export type ApiQuery<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A body as the web always builds it: fields the server would default are given. */
export type WithRequired<T, K extends keyof T> = T & Required<Pick<T, K>>;
