import file from '../../content/emergency.json' with { type: 'json' };
import { ContentError, formatIssues } from '../i18n/format-issues.ts';
import type { Country } from '../places/countries.ts';
import { emergencyFileSchema, type EmergencyNumber, type EmergencyOrganisation } from './schema.ts';

const parsed = emergencyFileSchema.safeParse(file);
if (!parsed.success) throw new ContentError(formatIssues('content/emergency.json', parsed.error.issues));

export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = parsed.data.numbers;
export const HELP_ORGANISATIONS: readonly EmergencyOrganisation[] = parsed.data.organisations;

export function numbersFor(country?: Country): EmergencyNumber[] {
  return EMERGENCY_NUMBERS.filter((n) => !country || n.country === country);
}
