import type { ExplainedRegister, ExplainedRow, Explanation, FigureKind, FigureValue, Reason } from '../model/explain.js';
import type { Figures } from '../model/figures.js';
import type { Period } from '../model/period.js';
import type { Registers, Treatment } from '../model/registers.js';
import type { FigureSettings } from '../model/settings.js';
import { THEME_IDS, type ThemeId } from '../model/themes.js';
import { bandOf, costBands } from './cost-bands.js';
import { sameName } from './projects.js';
import { inPeriod, projectScope, upToAsOf, yearOf, type ProjectScope, type ProjectState } from './scope.js';
import { countedInTotals } from './totals.js';

/** A row's verdict: counted (with what it adds), or not and why. */
type Verdict = { contributes: number } | { reason: Reason };
const counted = (contributes = 1): Verdict => ({ contributes });
const not = (reason: Reason): Verdict => ({ reason });

interface Context {
  registers: Registers;
  scope: ProjectScope;
  period: Period;
  settings: FigureSettings;
  /** Project id → its state as of the period's end. */
  states: Map<string, ProjectState>;
}

interface Explainer {
  kind: FigureKind;
  rows: (ctx: Context) => ExplainedRow[];
  /** For shares: reasons of rows that are in the denominator though not in the numerator. */
  denominatorAlso?: readonly Reason[];
}

/** The figure paths of `figures` that explain can explain, in document order (the leaves of stats JSON that rows add up to). */
export function figurePaths(figures: Figures): string[] {
  return [...leaves(figures)].filter(([, leaf]) => leaf.explainer).map(([path]) => path);
}

/** Whether `path` is in the figures document but made of no rows: `period.asOf`, a theme's label. */
export function isFigureWithoutRows(figures: Figures, path: string): boolean {
  return leaves(figures).get(path)?.explainer === null;
}

/** The rows behind one figure of `figures`, or undefined when `path` is not such a figure. */
export function explainFigure(registers: Registers, figures: Figures, path: string, settings: FigureSettings): Explanation | undefined {
  const found = leaves(figures).get(path);
  if (!found?.explainer) return undefined;
  const period = { since: figures.period.since, asOf: figures.period.asOf };
  const scope = projectScope(registers, period);
  const ctx: Context = { registers, scope, period, settings, states: new Map(scope.projects.map((p) => [p.id, p])) };
  const { explainer } = found;
  const rows = explainer.rows(ctx);
  const explanation: Explanation = { figure: path, kind: explainer.kind, value: found.value, period, rows };
  if (explainer.kind === 'share') {
    const also = explainer.denominatorAlso ?? [];
    const of = rows.filter((r) => r.included || also.includes(r.reason!)).length;
    for (const row of rows) if (row.included) row.contributes = row.contributes / of;
    explanation.of = of;
  }
  return explanation;
}

/** Path → value and explainer of every leaf of `figures`; the explainer is null for what no rows make (the period, labels). */
function leaves(figures: Figures): Map<string, { value: FigureValue; explainer: Explainer | null }> {
  const found = new Map<string, { value: FigureValue; explainer: Explainer | null }>();
  const walk = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    found.set(path.join('.'), { value: value as FigureValue, explainer: explainerFor(path) ?? null });
  };
  walk(figures, []);
  return found;
}

function explainerFor(path: readonly string[]): Explainer | undefined {
  const [family, a, b, c, d] = path;
  switch (family) {
    case 'projects':
      return path.length === 2 ? projectExplainers[a as keyof Figures['projects']] : undefined;
    case 'totals':
      if (a === 'costRange' && (b === 'min' || b === 'max')) return costRangeExplainer(b);
      return path.length === 2 ? totalExplainers[a as Exclude<keyof Figures['totals'], 'costRange'>] : undefined;
    case 'costBands':
      if (b === 'count') return costBandExplainer(a!, 'count');
      if (b === 'share') return costBandExplainer(a!, 'share');
      return undefined;
    case 'questions':
    case 'recommendations':
      return a === 'total' ? rowsExplainer('count', [family], () => counted()) : undefined;
    case 'themes':
      return themeExplainer(a as ThemeId, b);
    case 'mainThemes':
      if (a === 'share') return mainThemeExplainer(['questions', 'recommendations'], null);
      if (a === 'byYear' && c === 'recommendationShare') return mainThemeExplainer(['recommendations'], b!);
      return undefined;
    case 'tags':
      return tagExplainer(a!, b, c, d);
    case 'byYear':
      return yearExplainer(a!, b);
    case 'conversations':
      if (a === 'total') return conversationExplainer(() => counted());
      if (a === 'inPeriod') return conversationExplainer((c, ctx) => (inPeriod(c.date, ctx.period) ? counted() : not('before-period')));
      return undefined;
    default:
      return undefined;
  }
}

// ── Rows of projects.csv ────────────────────────────────────────────────────────────────────

const row = (register: ExplainedRegister, line: number, id: string, project: string, verdict: Verdict): ExplainedRow =>
  'reason' in verdict
    ? { register, line, id, project, included: false, reason: verdict.reason, contributes: 0 }
    : { register, line, id, project, included: true, contributes: verdict.contributes };

function treatmentRows(ctx: Context, decide: (t: Treatment) => Verdict): ExplainedRow[] {
  return ctx.registers.treatments.map((t) =>
    row('projects', t.line, t.id, ctx.scope.projectOf.get(t.id)!, upToAsOf(t.meetingDate, ctx.period) ? decide(t) : not('after-as-of')),
  );
}

/**
 * A figure about projects, decided by one treatment of each: its first (when and whether the
 * project is new) or its latest (its estimates and flags). The project's other treatments are
 * listed as a revisit or as replaced.
 */
function projectExplainer(kind: FigureKind, by: 'first' | 'latest', decide: (project: ProjectState, ctx: Context) => Verdict): Explainer {
  return {
    kind,
    rows: (ctx) =>
      treatmentRows(ctx, (t) => {
        const project = ctx.states.get(ctx.scope.projectOf.get(t.id)!);
        if (!project) return not('after-as-of');
        if (project[by] !== t) return not(by === 'first' ? 'revisit' : 'replaced');
        return decide(project, ctx);
      }),
  };
}

/** Agencies or ministries: each counts on the first treatment, in meeting order, that names it. */
function distinctNamesExplainer(names: (t: Treatment) => readonly string[]): Explainer {
  return {
    kind: 'distinct',
    rows: (ctx) => {
      const seen = new Set<string>();
      const added = new Map<Treatment, number>();
      for (const t of ctx.scope.treatments) {
        const fresh = new Set(
          names(t)
            .map(sameName)
            .filter((name) => !seen.has(name)),
        );
        for (const name of fresh) seen.add(name);
        added.set(t, fresh.size);
      }
      return treatmentRows(ctx, (t) => (added.get(t)! > 0 ? counted(added.get(t)!) : not('already-counted')));
    },
  };
}

const firstInPeriod = (p: ProjectState, ctx: Context) => inPeriod(p.first.meetingDate, ctx.period);

const projectExplainers: Record<keyof Figures['projects'], Explainer> = {
  total: projectExplainer('count', 'first', () => counted()),
  treatments: { kind: 'count', rows: (ctx) => treatmentRows(ctx, () => counted()) },
  inPeriod: projectExplainer('count', 'first', (p, ctx) => (firstInPeriod(p, ctx) ? counted() : not('before-period'))),
  inPeriodSharedSolution: projectExplainer('count', 'latest', (p, ctx) =>
    !firstInPeriod(p, ctx) ? not('before-period') : p.latest.sharedSolution ? counted() : not('not-shared-solution'),
  ),
  agencies: distinctNamesExplainer((t) => t.agencies),
  ministries: distinctNamesExplainer((t) => [t.ministry]),
  programmes: projectExplainer('count', 'latest', (p) => (p.latest.programme ? counted() : not('not-programme'))),
  withCost: projectExplainer('count', 'latest', (p) => (p.latest.costMnok !== null ? counted() : not('no-cost'))),
  withoutCost: projectExplainer('count', 'latest', (p) => (p.latest.costMnok === null ? counted() : not('has-cost'))),
};

/** Whether a project's latest treatment is in the totals, and if not, why. */
const inTotals = (latest: Treatment): Verdict | null => (countedInTotals(latest) ? null : not(latest.excludeFromTotals ? 'excluded-from-totals' : 'no-cost'));

const totalExplainers: Record<Exclude<keyof Figures['totals'], 'costRange'>, Explainer> = {
  counted: projectExplainer('count', 'latest', (p) => inTotals(p.latest) ?? counted()),
  costMnok: projectExplainer('sum', 'latest', (p) => inTotals(p.latest) ?? counted(p.latest.costMnok!)),
  benefitMnok: projectExplainer(
    'sum',
    'latest',
    (p) => inTotals(p.latest) ?? (p.latest.benefitMnok === null ? not('no-benefit') : counted(p.latest.benefitMnok)),
  ),
  excluded: projectExplainer('list', 'latest', (p) => (p.latest.excludeFromTotals ? counted() : not('not-excluded'))),
};

/** The lowest or highest estimate in the totals: the first row in file order that holds it counts. */
function costRangeExplainer(end: 'min' | 'max'): Explainer {
  return {
    kind: end,
    rows: (ctx) => {
      // A loop, not Math.min(...costs): a hundred thousand arguments overflow the stack.
      let extreme = end === 'min' ? Infinity : -Infinity;
      for (const p of ctx.scope.projects) if (countedInTotals(p.latest)) extreme = (end === 'min' ? Math.min : Math.max)(extreme, p.latest.costMnok!);
      let holder: Treatment | undefined;
      return projectExplainer(end, 'latest', (p) => {
        const outside = inTotals(p.latest);
        if (outside) return outside;
        if (p.latest.costMnok !== extreme || holder) return not(end === 'min' ? 'not-min' : 'not-max');
        holder = p.latest;
        return counted(extreme);
      }).rows(ctx);
    },
  };
}

function costBandExplainer(key: string, field: 'count' | 'share'): Explainer {
  const kind = field === 'count' ? 'count' : 'share';
  return {
    ...projectExplainer(kind, 'latest', (p, ctx) => {
      if (p.latest.costMnok === null) return not('no-cost');
      return bandOf(p.latest.costMnok, costBands(ctx.settings.costBandEdges)).key === key ? counted() : not('other-band');
    }),
    denominatorAlso: ['other-band'],
  };
}

// ── Rows of questions.csv and recommendations.csv ───────────────────────────────────────────

interface TaggedRow {
  theme: ThemeId;
  tags: readonly string[];
  year: string;
  project: string;
}

/** Every row of the registers given, each dated by its treatment; `decide` sees the rows up to as-of, in file order. */
function rowsExplainer(
  kind: FigureKind,
  registers: readonly ('questions' | 'recommendations')[],
  decide: (row: TaggedRow, ctx: Context) => Verdict,
  denominatorAlso?: readonly Reason[],
): Explainer {
  return {
    kind,
    denominatorAlso,
    rows: (ctx) =>
      registers.flatMap((register) => {
        const rows = ctx.registers[register];
        const out: ExplainedRow[] = new Array(rows.length);
        for (let i = 0; i < rows.length; i++) {
          const t = ctx.registers.treatments[rows.treatment[i]!]!;
          const project = ctx.scope.projectOf.get(t.id)!;
          const verdict = upToAsOf(t.meetingDate, ctx.period)
            ? decide({ theme: THEME_IDS[rows.theme[i]!]!, tags: rows.tagLists[rows.tags[i]!]!, year: yearOf(t.meetingDate), project }, ctx)
            : not('after-as-of');
          out[i] = row(register, rows.line[i]!, rows.ids?.[i] ?? '', project, verdict);
        }
        return out;
      }),
  };
}

function themeExplainer(theme: ThemeId, field: string | undefined): Explainer | undefined {
  const ofTheme = (r: TaggedRow) => (r.theme === theme ? counted() : not('other-theme'));
  switch (field) {
    case 'questions':
    case 'recommendations':
      return rowsExplainer('count', [field], ofTheme);
    case 'questionShare':
      return rowsExplainer('share', ['questions'], ofTheme, ['other-theme']);
    case 'recommendationShare':
      return rowsExplainer('share', ['recommendations'], ofTheme, ['other-theme']);
    default:
      return undefined;
  }
}

/** The share of the main themes (settings), overall or of one year's recommendations. */
function mainThemeExplainer(registers: readonly ('questions' | 'recommendations')[], year: string | null): Explainer {
  const decide = (r: TaggedRow, ctx: Context) =>
    year !== null && r.year !== year ? not('other-year') : ctx.settings.mainThemes.includes(r.theme) ? counted() : not('other-theme');
  return rowsExplainer('share', registers, decide, ['other-theme']);
}

function tagExplainer(tag: string, field: string | undefined, year: string | undefined, yearField: string | undefined): Explainer | undefined {
  const tagged = (r: TaggedRow) => r.tags.includes(tag);
  if (field === 'recommendations') return rowsExplainer('count', ['recommendations'], (r) => (tagged(r) ? counted() : not('no-such-tag')));
  if (field === 'projects') {
    return {
      kind: 'distinct',
      rows: (ctx) => {
        const seen = new Set<string>();
        return rowsExplainer('distinct', ['recommendations'], (r) => {
          if (!tagged(r)) return not('no-such-tag');
          if (seen.has(r.project)) return not('already-counted');
          seen.add(r.project);
          return counted();
        }).rows(ctx);
      },
    };
  }
  if (field !== 'byYear' || year === undefined) return undefined;
  const ofYear = (r: TaggedRow) => (r.year !== year ? not('other-year') : tagged(r) ? counted() : not('no-such-tag'));
  if (yearField === 'count') return rowsExplainer('count', ['recommendations'], ofYear);
  if (yearField === 'share') return rowsExplainer('share', ['recommendations'], ofYear, ['no-such-tag']);
  return undefined;
}

function yearExplainer(year: string, field: string | undefined): Explainer | undefined {
  const ofYear = (date: string) => (yearOf(date) === year ? counted() : not('other-year'));
  switch (field) {
    case 'projects':
      return projectExplainer('count', 'first', (p) => ofYear(p.first.meetingDate));
    case 'treatments':
      return { kind: 'count', rows: (ctx) => treatmentRows(ctx, (t) => ofYear(t.meetingDate)) };
    case 'questions':
    case 'recommendations':
      return rowsExplainer('count', [field], (r) => (r.year === year ? counted() : not('other-year')));
    default:
      return undefined;
  }
}

// ── Rows of conversations.csv ───────────────────────────────────────────────────────────────

function conversationExplainer(decide: (c: Registers['conversations'][number], ctx: Context) => Verdict): Explainer {
  return {
    kind: 'count',
    rows: (ctx) =>
      ctx.registers.conversations.map((c) =>
        row('conversations', c.line, c.id, ctx.scope.projectOf.get(c.projectId)!, upToAsOf(c.date, ctx.period) ? decide(c, ctx) : not('after-as-of')),
      ),
  };
}
