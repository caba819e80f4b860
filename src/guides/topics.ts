/**
 * The fixed list of guide topics, in the order the home page shows them.
 * A topic's label is the UI string `topic.<id>`; its page is `/<lang>/topics/<id>/`.
 */
export const TOPICS = [
  'rights',
  'services',
  'trafficking',
  'voluntary-return',
  'health',
  'legal',
  'children',
  'gender-based-violence',
  'documents',
  'living-together',
  'safety',
] as const;

export type Topic = (typeof TOPICS)[number];
