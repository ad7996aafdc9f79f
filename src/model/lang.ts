/** The languages digiraad speaks; each has a catalogue in src/i18n/. */
export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];
