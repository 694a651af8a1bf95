/**
 * Expected failures a client should handle — over capacity, item closed,
 * dates out of order — come back as data in mutation payloads, and nothing
 * changes. (Authentication, permission and infrastructure failures are coded
 * GraphQLErrors instead: see errors.ts and auth.ts.)
 *
 * The codes are the schema's `enum UserErrorCode` (schema/shared.graphql): a code not declared there is a
 * compile error here.
 */
import type { UserErrorCode } from '../generated/shared';

export type { UserErrorCode };

export interface UserError {
  code: UserErrorCode;
  message: string;
  field?: string;
}

/** A mutation's payload: the thing it made or changed under the name `K` (null when it failed), and the user's errors. */
export type Payload<K extends string, T> = { [P in K]: T | null } & { errors: UserError[] };

export const userError = (code: UserErrorCode, message: string, field?: string): UserError => ({ code, message, field });

/** A domain step's result: a value, or the user errors that stopped it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = <T = never>(...errors: UserError[]): Outcome<T> => ({ ok: false, errors });
