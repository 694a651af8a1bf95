/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character, the
 * weighted sum of the digits modulo 11 mapped onto "10X98765432".
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return CHECK[sum % 11];
}

/** As stored and compared: no spaces, full-width digits read as digits, the check character x as X. */
export function normalizeIdNumber(id: string): string {
  return id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function isValidIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idNumberCheckCharacter(id.slice(0, 17)) === id[17];
}

/** Shown to those allowed to see it at all: region and the last four only. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}
