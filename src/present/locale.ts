import { CATALOGUES, type Messages } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import type { ThemeId } from '../model/themes.js';

/** Number, money, share and date formatting for people: nb `1 234,5` and `26 %`, en `1,234.5` and `26%`. */
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
  const t = CATALOGUES[lang];
  const c = t.conventions;
  const format = (value: number, style: 'decimal' | 'percent', digits: number, fixed = false, signDisplay: 'auto' | 'exceptZero' = 'auto') => {
    let [whole, fraction = ''] = roundHalfAway(Math.abs(value), digits, style === 'percent' ? 2 : 0).split('.') as [string, string?];
    if (!fixed) fraction = fraction.replace(/0+$/, '');
    const zero = /^0*$/.test(whole + fraction);
    const sign = zero ? '' : value < 0 ? c.minus : signDisplay === 'exceptZero' ? '+' : '';
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, c.group);
    return `${sign}${grouped}${fraction ? c.decimal + fraction : ''}${style === 'percent' ? c.percent : ''}`;
  };
  const number = (value: number, digits = 1) => format(value, 'decimal', digits);
  return {
    lang,
    t,
    number,
    signed: (value, digits = 1, fixed = false) => format(value, 'decimal', digits, fixed, 'exceptZero'),
    percent: (share, digits = 0, fixed = false) => format(share, 'percent', digits, fixed),
    mnok: (value) => (value === null ? t.words.noEstimate : `${number(value)} MNOK`),
    date: c.date,
    themeLabel: (id) => t.themes[id],
  };
}

/**
 * `value` × 10^`scale` with `digits` decimals, halves rounded away from zero, as people and Intl
 * round. Scaling and rounding go through the decimal representation the reader sees, not the
 * binary one (1.005 → "1.01", where toFixed gives "1.00"; 1.005 as a share → "101 %").
 */
function roundHalfAway(value: number, digits: number, scale: number): string {
  const [mantissa, exponent = '0'] = String(value).split('e') as [string, string?];
  const rounded = Math.round(Number(`${mantissa}e${Number(exponent) + scale + digits}`));
  const [roundedMantissa, roundedExponent = '0'] = String(rounded).split('e') as [string, string?];
  return Number(`${roundedMantissa}e${Number(roundedExponent) - digits}`).toFixed(digits);
}
