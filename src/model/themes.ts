/**
 * The six themes every question and recommendation is tagged with (docs/contract.md §1), named in bokmål
 * (the registers' own names), nynorsk and English. `aliases` are the names later reports gave the
 * same themes; they are written alike in bokmål and nynorsk.
 */
export const THEMES = [
  { id: 'organisering-og-styring', label: 'Organisering og styring', labelNn: 'Organisering og styring', labelEn: 'Organisation and governance', aliases: [] },
  { id: 'behov-mal-og-losning', label: 'Behov, mål og løsning', labelNn: 'Behov, mål og løysing', labelEn: 'Needs, goals and solution', aliases: [] },
  { id: 'usikkerhet', label: 'Usikkerhet', labelNn: 'Usikkerheit', labelEn: 'Uncertainty', aliases: ['Risiko og risikostyring'] },
  {
    id: 'gevinstrealisering',
    label: 'Gevinstrealisering',
    labelNn: 'Gevinstrealisering',
    labelEn: 'Benefits realisation',
    aliases: ['Gevinst og gevinstrealisering'],
  },
  { id: 'konkurransestrategi', label: 'Konkurransestrategi', labelNn: 'Konkurransestrategi', labelEn: 'Procurement strategy', aliases: [] },
  { id: 'it-politiske-foringer', label: 'IT-politiske føringer', labelNn: 'IT-politiske føringar', labelEn: 'IT policy guidelines', aliases: [] },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}
