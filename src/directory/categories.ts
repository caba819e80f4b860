/**
 * Service categories, in the order the directory shows them. Labels are UI strings
 * (`category.<id>`); pages are `/<lang>/directory/category/<id>/`.
 */
export const CATEGORIES = [
  'hotline',
  'shelter',
  'food',
  'health',
  'mhpss',
  'legal-aid',
  'child-protection',
  'gender-based-violence',
  'counter-trafficking',
  'voluntary-return',
  'education',
  'employment',
] as const;

export type Category = (typeof CATEGORIES)[number];

