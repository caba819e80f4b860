import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number as people write it in its own country ("05 37 65 28 81" in Morocco,
 * "0750 123 4567" in Iraq), from libphonenumber's data rather than hand-written rules. Links keep
 * the E.164 form (`tel:+212537652881`), which dials from anywhere; short codes (19, 911) and
 * national free lines are shown as they are dialled.
 */
export function displayPhone(number: string): string {
  if (!number.startsWith('+')) return number;
  return parsePhoneNumberFromString(number)?.formatNational() ?? number;
}

/** The same number written for someone calling from another country. */
export function internationalPhone(number: string): string {
  if (!number.startsWith('+')) return number;
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}
