import { creditCodeCheckCharacter, isValidCreditCode } from '../../subgraphs/resident-units/domain/credit-code';

describe('unified social credit codes (统一社会信用代码, GB 32100-2015)', () => {
  it('accepts published codes', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91110108551385082Q')).toBe(true);
  });

  it('refuses a wrong check character, a wrong length, and letters outside the alphabet', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false); // I, O, S, V, Z are never used
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
  });

  it('computes the check character that makes a code valid', () => {
    const body = '91370102MA3C4XQN2';
    expect(isValidCreditCode(body + creditCodeCheckCharacter(body))).toBe(true);
  });
});
