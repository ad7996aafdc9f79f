import { LANGS, type Lang } from '../model/lang.js';
import type { RuleParams } from '../model/rules.js';
import type { Settings } from '../model/settings.js';
import { THEME_IDS } from '../model/themes.js';
import { en } from './en.js';
import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';
import type { ProblemText } from './shared.js';

export type { Messages } from './nb.js';
export type { ProblemText } from './shared.js';

/** How each language's catalogue is made; a new language is one more module typed `Messages`, listed here and in LANGS. */
const MAKE: Record<Lang, () => Messages> = { nb: () => nb, nn, en };

/**
 * One catalogue per language, each made the first time it is asked for: a run speaks one
 * language, and making the other two was 4 million instructions of every start.
 */
export const CATALOGUES = {} as Readonly<Record<Lang, Messages>>;
for (const lang of LANGS) {
  Object.defineProperty(CATALOGUES, lang, {
    enumerable: true,
    configurable: true,
    get: () => {
      const t = MAKE[lang]();
      Object.defineProperty(CATALOGUES, lang, { enumerable: true, value: t });
      return t;
    },
  });
}

/** The words of the report folder and its charts: the shared words and the report's own. */
export type ReportWords = Messages['words'] & Messages['report'];
export const reportWords = (lang: Lang): ReportWords => ({ ...CATALOGUES[lang].words, ...CATALOGUES[lang].report });

/** A tag as a word in running text; a tag the catalogue does not list is shown as its slug. */
export function tagWord(tag: string, lang: Lang): string {
  return CATALOGUES[lang].tags[tag] ?? tag;
}

/** `a, b og c` / `a, b and c`. */
export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(CATALOGUES[lang].tag, { type: 'conjunction' }).format(items);
}

/** The message and hint of one problem. */
export function problemText(problem: { rule: keyof RuleParams; params: unknown }, lang: Lang): ProblemText {
  return (CATALOGUES[lang].problems.rules[problem.rule] as (p: unknown) => ProblemText)(problem.params);
}

/** What a setting (or `$schema`) takes, as error messages say it. */
export function expectedValue(key: keyof Settings | '$schema', t: Messages): string {
  const expected = t.errors.expected;
  if (key === 'lang') return expected.lang(LANGS.join(', '));
  if (key === 'mainThemes') return expected.mainThemes(THEME_IDS.join(', '));
  return expected[key];
}
