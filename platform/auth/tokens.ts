import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { ErrorCode } from '../server/errors';
import { OBJECT_ID } from '../rules/validation';

/**
 * Who is asking. The gateway verifies the bearer token and forwards it; every
 * subgraph verifies it again, so a subgraph reached directly trusts nothing
 * it has not checked itself.
 */
export const ROLES = ['STREET_ADMIN', 'COMMUNITY_ADMIN', 'GRID_WORKER', 'UNIT_ADMIN', 'MEMBER', 'VIEWER', 'DEPARTMENT_ADMIN', 'RESIDENT'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  subject: string;
  role: Role;
  /**
   * What the role is bound to: an organisation (street, community, grid) for
   * the admin roles and grid workers, the unit for UNIT_ADMIN, the member for
   * MEMBER. VIEWER is bound to an organisation and may only read. DEPARTMENT_ADMIN is bound to a
   * street's department (职能部门): it reports in to whistles and handles what is handed on to it.
   * RESIDENT (群众) is bound to the grid they live in: they raise, follow and rate their own requests.
   */
  scopeId: string;
  /**
   * The territory path of the scope, root first: for an organisation its
   * ancestors and itself; for a unit or a member, the path of the community
   * they belong to. Issued and signed with the token.
   */
  territory: string[];
  /**
   * A member in service who reported to a community other than their home one (双报到): that
   * community's path. They act there as a resident of it (its small wishes, its requests).
   */
  reportedTo?: string[];
  /** When the token was issued (seconds): the territory moves made since then apply to it (rules/territory-moves.ts). */
  issuedAt?: number;
}

const ISSUER = 'coop-graph';
const AUDIENCE = 'coop-graph';
const objectId = z.string().regex(OBJECT_ID);

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  role: z.enum(ROLES),
  scope: objectId,
  territory: z.array(objectId).max(32),
  reported: z.array(objectId).max(32).optional(),
});

/** How many verified tokens each process remembers (a client sends the same token with every request). */
const VERIFIED_TOKENS = 10_000;

export class Authenticator {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature and claims have been checked, with their expiry (seconds). The gateway
   * and every subgraph verify each request's token; an HMAC through WebCrypto was a tenth of the
   * gateway's CPU per request. A token's bytes cannot change its meaning, so only its expiry is
   * re-checked on a hit. Bounded: the oldest entry is forgotten first. What is kept is the path the
   * token was issued with: each subgraph reads it through the moves made since (territory-moves.ts)
   * after this, so that a move after a token's first use still reaches it.
   */
  private readonly verified = new Map<string, { principal: Principal; exp: number }>();
  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(principal: Principal, ttl = '12h'): Promise<string> {
    return new SignJWT({
      role: principal.role,
      scope: principal.scopeId,
      territory: principal.territory,
      ...(principal.reportedTo?.length ? { reported: principal.reportedTo } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(principal.subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(ttl)
      .sign(this.key);
  }

  /**
   * The principal of an `Authorization: Bearer …` header; null when there is
   * no header (an anonymous caller); a coded UNAUTHENTICATED error when there
   * is one that does not verify — a bad token is never read as anonymous.
   */
  async principalOf(authorization: string | undefined): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be `Bearer <token>`', true);
    const token = match[1];
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1_000 > Date.now()) return known.principal;
      this.verified.delete(token);
      throw unauthenticated('The token has expired', true);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const claims = claimsSchema.parse(payload);
      const principal: Principal = {
        subject: claims.sub,
        role: claims.role,
        scopeId: claims.scope,
        territory: claims.territory,
        ...(claims.reported?.length ? { reportedTo: claims.reported } : {}),
        ...(typeof payload.iat === 'number' ? { issuedAt: payload.iat } : {}),
      };
      // Only tokens that expire are remembered (every token this project issues does).
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { principal, exp: payload.exp });
      }
      return principal;
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired', true);
      throw unauthenticated('The token is not valid', true);
    }
  }
}

/**
 * Not signed in. Raised by a field, it stays a field error (the rest of the
 * answer stands); raised for the request's token, it also sets HTTP 401.
 */
export function unauthenticated(message = 'Sign in first: this needs a valid token', wholeRequest = false): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, ...(wholeRequest ? { http: { status: 401 } } : {}) },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}
