import { Authenticator } from '../platform/auth/tokens';

const principal = { subject: 'dev:street_admin', role: 'STREET_ADMIN' as const, scopeId: 'a'.repeat(24), territory: ['a'.repeat(24)] };

/** Tokens are verified once per process and remembered; what is remembered must not outlive the token. */
describe('the authenticator', () => {
  const auth = new Authenticator('a-secret-of-enough-distinct-characters-0123');

  it('reads the same principal from a token it has already verified', async () => {
    const token = await auth.issue(principal);
    expect(await auth.principalOf(`Bearer ${token}`)).toEqual({ ...principal, issuedAt: expect.any(Number) });
    expect(await auth.principalOf(`Bearer ${token}`)).toEqual({ ...principal, issuedAt: expect.any(Number) });
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await auth.issue(principal, '1s');
    expect(await auth.principalOf(`Bearer ${token}`)).toEqual({ ...principal, issuedAt: expect.any(Number) });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(auth.principalOf(`Bearer ${token}`)).rejects.toThrow('The token has expired');
    await expect(auth.principalOf(`Bearer ${token}`)).rejects.toThrow('The token has expired');
  });

  it('never remembers a token that did not verify', async () => {
    const token = await new Authenticator('another-secret-with-distinct-chars-987654').issue(principal);
    await expect(auth.principalOf(`Bearer ${token}`)).rejects.toThrow('The token is not valid');
    await expect(auth.principalOf(`Bearer ${token}`)).rejects.toThrow('The token is not valid');
    const good = await auth.issue(principal);
    const at = good.length - 10; // inside the signature, clear of its padding bits
    const tampered = `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;
    await expect(auth.principalOf(`Bearer ${tampered}`)).rejects.toThrow('The token is not valid');
  });
});
