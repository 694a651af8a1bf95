import type { ClaimDoc, PartyRef } from '../models';

const TYPENAME = { ORGANIZATION: 'Organization', RESIDENT_UNIT: 'ResidentUnit', MEMBER: 'Member' } as const;
type Typename = (typeof TYPENAME)[keyof typeof TYPENAME];

/** A union member owned by another subgraph: its typename and key are all this subgraph knows. */
export interface TypedRef<T extends Typename = Typename> {
  __typename: T;
  id: string;
}
/** A member of the Party union: an organisation or a unit, never a member. */
export type PartyTypedRef = TypedRef<'Organization' | 'ResidentUnit'>;
/** A member of the Participant union: a member or a unit, signed up for an activity. */
export type ParticipantTypedRef = TypedRef<'Member' | 'ResidentUnit'>;

/** Resolves a union member by its typename (Party, Claimant). */
export const byTypename = { __resolveType: <T extends Typename>(ref: TypedRef<T>): T => ref.__typename };

export const partyRef = <K extends keyof typeof TYPENAME>(party: { type: K; id: PartyRef['id'] | string }): TypedRef<(typeof TYPENAME)[K]> => ({
  __typename: TYPENAME[party.type],
  id: String(party.id),
});
export const claimantRef = (claim: Pick<ClaimDoc, 'claimant'>): TypedRef => ({
  __typename: TYPENAME[claim.claimant.type],
  id: String(claim.claimant.id),
});

/** A provider's load in an assignment, with the provider as a union member. */
export interface ProviderLoadOut {
  provider: PartyTypedRef;
  quantity: number;
  matches: number;
}
