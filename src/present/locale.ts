import { THEMES, type ThemeId } from '../model/themes.js';
import { MESSAGES, type Messages } from './messages.js';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Number, money, share and date formatting for people: nb `6 261,5` and `26 %`, en `6,261.5` and `26%`. */
export interface Locale {
  lang: Lang;
  t: Messages;
  number: (value: number, fractionDigits?: number) => string;
  percent: (share: number, fractionDigits?: number) => string;
  mnok: (value: number | null) => string;
  date: (iso: string) => string;
  themeLabel: (id: ThemeId) => string;
}

export function locale(lang: Lang): Locale {
  const tag = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const cached = (cache: Map<number, Intl.NumberFormat>, digits: number, style: 'decimal' | 'percent') => {
    let format = cache.get(digits);
    if (!format) cache.set(digits, (format = new Intl.NumberFormat(tag, { style, maximumFractionDigits: digits })));
    return format;
  };
  const number = (value: number, digits = 1) => cached(numberFormats, digits, 'decimal').format(value);
  return {
    lang,
    t: MESSAGES[lang],
    number,
    percent: (share, digits = 0) => cached(percentFormats, digits, 'percent').format(share),
    mnok: (value) => (value === null ? MESSAGES[lang].noEstimate : `${number(value)} MNOK`),
    // nb: the Norwegian dd.mm.yyyy; en: ISO, which no English reader misreads.
    date: (iso) => (lang === 'nb' ? iso.split('-').reverse().join('.') : iso),
    themeLabel: (id) => {
      const theme = THEMES.find((t) => t.id === id)!;
      return lang === 'nb' ? theme.label : theme.labelEn;
    },
  };
}
