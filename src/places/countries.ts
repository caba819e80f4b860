/** Countries the portal covers. Labels come from UI strings (`country.MA`, …). */
export const COUNTRIES = ['MA', 'IQ'] as const;
export type Country = (typeof COUNTRIES)[number];
