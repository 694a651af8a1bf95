/** Checks of values that several subgraphs accept from clients. */
import { userError, type UserError } from './user-errors';

/** An id as the databases hold it and the graph gives it out: 24 lowercase hexadecimal digits. */
export const OBJECT_ID = /^[0-9a-f]{24}$/;

/** True for an id in the one form the databases hold (see OBJECT_ID). */
export const isObjectId = (id: unknown): id is string => typeof id === 'string' && OBJECT_ID.test(id);

const MOBILE = /^1[3-9]\d{9}$/;
const FIXED_LINE = /^0\d{2,3}-?\d{7,8}$/;

/** An 11-digit mainland mobile number. */
export const isMobile = (phone: string) => MOBILE.test(phone);

/** A mobile number, or a fixed line with its area code (0531-86001234). */
export const isPhone = (phone: string) => MOBILE.test(phone) || FIXED_LINE.test(phone);

/** The user error for a phone number isPhone refuses, at `field`. */
export const phoneError = (field: string): UserError =>
  userError('INVALID_PHONE', '电话须为11位手机号或带区号的固定电话 · not a mobile or fixed-line number', field);

/** The user error for a number isMobile refuses, at `field`. */
export const mobileError = (field: string): UserError => userError('INVALID_PHONE', '须为11位手机号 · an 11-digit mobile number', field);
