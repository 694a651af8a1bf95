import { GraphQLError } from 'graphql';

/**
 * Coded GraphQL errors for what is not the client's to handle as data:
 * malformed arguments, authentication, permission and infrastructure.
 * Expected domain failures (over capacity, item closed…) are typed user
 * errors in mutation payloads instead.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
} as const;

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

/** In production, validation messages do not suggest field names (they would map the schema for a prober). */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/, '');
}
