import { allServices, organizations, type ServiceRecord } from '../directory/directory.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';
import type { Country } from '../places/countries.ts';
import { SETTINGS } from '../settings.ts';

/**
 * National emergency numbers come from the service directory (services marked `emergency`), so
 * the footer, the emergency page, guides and the open-data exports never disagree.
 */
export interface EmergencyNumber {
  id: string;
  country: Country;
  number: string;
  label: LocalizedText;
  description?: LocalizedText;
  record: ServiceRecord;
}

export function numbersFor(country?: Country): EmergencyNumber[] {
  return allServices()
    .filter((r) => r.service.emergency && (!country || r.countries.includes(country)))
    .flatMap((r) =>
      r.service.phones.slice(0, 1).map((phone) => ({
        id: r.service.id,
        country: r.countries[0]!,
        number: phone.number,
        label: r.service.name,
        description: r.service.description,
        record: r,
      })),
    );
}

/** The organisations the emergency page shows beside the national numbers (content/settings.json). */
export function helpOrganizations() {
  return SETTINGS.emergencyPage.organizations.flatMap((id) => organizations().filter((o) => o.organization.id === id));
}
