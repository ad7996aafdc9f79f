import { THEMES, type ThemeId } from '../model/themes.js';
import { MESSAGES, type Messages } from './messages.js';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Number, money, share and date formatting for people: nb `6 261,5` and `26 %`, en `6,261.5` and `26%`. */
export interface Locale {
  lang: Lang;
  t: Messages;
  /** At most `fractionDigits` decimals. */
  number: (value: number, fractionDigits?: number) => string;
  /**
   * A change: `+15`, nb `−2,5`, en `-2.5`; zero without a sign. With `fixed`, here and in
   * `percent`, exactly `fractionDigits` decimals, for columns compared line by line.
   */
  signed: (value: number, fractionDigits?: number, fixed?: boolean) => string;
  percent: (share: number, fractionDigits?: number, fixed?: boolean) => string;
  mnok: (value: number | null) => string;
  date: (iso: string) => string;
  themeLabel: (id: ThemeId) => string;
}

export function locale(lang: Lang): Locale {
  const tag = lang === 'nb' ? 'nb-NO' : 'en-GB';
  // Building an Intl.NumberFormat is slow next to using one: one per kind of number.
  const formats = new Map<string, Intl.NumberFormat>();
  const format = (value: number, style: 'decimal' | 'percent', digits: number, fixed = false, signDisplay: 'auto' | 'exceptZero' = 'auto') => {
    const key = `${style} ${digits} ${fixed} ${signDisplay}`;
    let formatter = formats.get(key);
    if (!formatter) formats.set(key, (formatter = new Intl.NumberFormat(tag, { style, maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0, signDisplay })));
    return formatter.format(value);
  };
  const number = (value: number, digits = 1) => format(value, 'decimal', digits);
  return {
    lang,
    t: MESSAGES[lang],
    number,
    signed: (value, digits = 1, fixed = false) => format(value, 'decimal', digits, fixed, 'exceptZero'),
    percent: (share, digits = 0, fixed = false) => format(share, 'percent', digits, fixed),
    mnok: (value) => (value === null ? MESSAGES[lang].noEstimate : `${number(value)} MNOK`),
    // nb: the Norwegian dd.mm.yyyy; en: ISO, which no English reader misreads.
    date: (iso) => (lang === 'nb' ? iso.split('-').reverse().join('.') : iso),
    themeLabel: (id) => {
      const theme = THEMES.find((t) => t.id === id)!;
      return lang === 'nb' ? theme.label : theme.labelEn;
    },
  };
}
