/**
 * Which of the phone's speech voices may read a text. Only voices that run on the phone
 * (`localService`) are used, so no text is ever sent to a speech service; and only a voice of the
 * text's own language: an Arabic page read by a French voice would be nonsense, so where the phone
 * has no such voice nothing is read at all.
 */
export interface VoiceLike {
  lang: string;
  localService: boolean;
}

const tag = (lang: string) => lang.toLowerCase().replace(/_/g, '-');
const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];

/** A local voice for `lang`: one tagged exactly so first, then one of the same language (`ar-MA` for `ar`). */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const local = voices.filter((v) => v.localService && v.lang);
  return local.find((v) => tag(v.lang) === tag(lang)) ?? local.find((v) => primary(v.lang) === primary(lang));
}

/** Whether the phone can read `lang` at all: the same answer as chooseVoice, in fewer bytes for the loader. */
export const hasVoice = (voices: readonly VoiceLike[], lang: string): boolean => voices.some((v) => v.localService && primary(v.lang) === primary(lang));
