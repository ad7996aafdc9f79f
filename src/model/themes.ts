/** The six themes every question and recommendation is tagged with (CONTRACT §1). */
export const THEMES = [
  { id: 'organisering-og-styring', label: 'Organisering og styring', labelEn: 'Organisation and governance' },
  { id: 'behov-mal-og-losning', label: 'Behov, mål og løsning', labelEn: 'Needs, goals and solution' },
  { id: 'usikkerhet', label: 'Usikkerhet', labelEn: 'Uncertainty' },
  { id: 'gevinstrealisering', label: 'Gevinstrealisering', labelEn: 'Benefits realisation' },
  { id: 'konkurransestrategi', label: 'Konkurransestrategi', labelEn: 'Procurement strategy' },
  { id: 'it-politiske-foringer', label: 'IT-politiske føringer', labelEn: 'IT policy guidelines' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}
