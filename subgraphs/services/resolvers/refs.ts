import type { ClaimDoc, PartyRef } from '../models';

/** A union member owned by another subgraph: its typename and key are all this subgraph knows. */
export interface TypedRef {
  __typename: 'Organization' | 'ResidentUnit' | 'Member';
  id: string;
}

const TYPENAME = { ORGANIZATION: 'Organization', RESIDENT_UNIT: 'ResidentUnit', MEMBER: 'Member' } as const;

export const partyRef = (party: { type: PartyRef['type'] | 'MEMBER'; id: PartyRef['id'] | string }): TypedRef => ({
  __typename: TYPENAME[party.type],
  id: String(party.id),
});
export const claimantRef = (claim: Pick<ClaimDoc, 'claimant'>): TypedRef => ({
  __typename: TYPENAME[claim.claimant.type],
  id: String(claim.claimant.id),
});

/** A provider's load in an assignment, with the provider as a union member. */
export interface ProviderLoadOut {
  provider: TypedRef;
  quantity: number;
  matches: number;
}
