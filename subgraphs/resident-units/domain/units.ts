import { userError, type UserError } from '../../../platform/rules/user-errors';
import { isPhone, phoneError } from '../../../platform/rules/validation';
import type { Capability, ContactPerson } from '../models';
import { isValidCreditCode, normalizeCreditCode } from './credit-code';

/**
 * China's extent (漠河 53.6°N, 曾母暗沙 3.9°N, 帕米尔 73.5°E, 乌苏里江 135.1°E), a little wider: a
 * unit's location outside it is a mistake, most often (0, 0) from a form whose map was never touched.
 */
const CHINA = { south: 3.5, north: 54, west: 73, east: 135.5 };

export const insideChina = ({ latitude, longitude }: { latitude: number; longitude: number }) =>
  latitude >= CHINA.south && latitude <= CHINA.north && longitude >= CHINA.west && longitude <= CHINA.east;

/** The editable fields of a unit, as a client sends them. */
export interface UnitFields {
  name?: string | null;
  creditCode?: string | null;
  address?: string | null;
  location?: { latitude: number; longitude: number } | null;
  capabilities?: Capability[] | null;
  contact?: ContactPerson | null;
}

/** Checks every given field and returns all that is wrong, each with its input path. */
export function validateUnitFields(input: UnitFields, prefix = 'input'): UserError[] {
  const errors: UserError[] = [];
  const at = (field: string) => `${prefix}.${field}`;
  if (input.name != null) {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 100) {
      errors.push(userError('INVALID_NAME', '单位名称须为2至100字 · a name has 2 to 100 characters', at('name')));
    }
  }
  if (input.creditCode != null && !isValidCreditCode(normalizeCreditCode(input.creditCode))) {
    errors.push(
      userError('INVALID_CREDIT_CODE', '统一社会信用代码无效(18位,校验位须正确) · not a valid unified social credit code', at('creditCode')),
    );
  }
  if (input.address != null && input.address.length > 200) {
    errors.push(userError('INVALID_ADDRESS', '地址不得超过200字 · an address has at most 200 characters', at('address')));
  }
  if (input.location) {
    const { latitude, longitude } = input.location;
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      errors.push(userError('INVALID_LOCATION', '经纬度超出范围 · latitude or longitude out of range', at('location')));
    } else if (!insideChina(input.location)) {
      errors.push(
        userError(
          'LOCATION_OUTSIDE_CHINA',
          '单位位置不在我国境内,请在地图上重新选点(经纬度为0,0通常是没有选点) · the location is outside China; (0, 0) usually means none was picked',
          at('location'),
        ),
      );
    }
  }
  if (input.contact) {
    const { name, phone, title } = input.contact;
    if (name.trim().length < 1 || name.length > 50) {
      errors.push(userError('INVALID_CONTACT', '联系人姓名须为1至50字 · a contact name has 1 to 50 characters', at('contact.name')));
    }
    if (!isPhone(phone)) {
      errors.push(phoneError(at('contact.phone')));
    }
    if (title != null && title.length > 50) {
      errors.push(userError('INVALID_CONTACT', '职务不得超过50字 · a title has at most 50 characters', at('contact.title')));
    }
  }
  return errors;
}

/** The fields as stored: trimmed, the credit code in capitals, capabilities without repeats. */
export function normalizeUnitFields(input: UnitFields): UnitFields {
  const out: UnitFields = { ...input };
  if (input.creditCode != null) out.creditCode = normalizeCreditCode(input.creditCode);
  if (input.name != null) out.name = input.name.trim();
  if (input.address != null) out.address = input.address.trim();
  if (input.capabilities != null) out.capabilities = [...new Set(input.capabilities)];
  if (input.contact) out.contact = { ...input.contact, name: input.contact.name.trim(), title: input.contact.title ?? null };
  return out;
}
