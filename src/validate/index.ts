import type { Problem, ProblemSink } from '../model/problem.js';
import { issue } from '../model/rules.js';
import { REQUIRED_REGISTERS, type RegisterName, type Registers, type Treatment, type TreatmentIndex } from '../model/registers.js';
import { NO_TAGS, TaggedRowsBuilder } from '../model/tagged-rows.js';
import { ExactIds, HashedIds, type IdIndex } from './ids.js';
import { checkCutoffOrder, checkRevisits, conversationAfterMeeting, Hints, projectReference } from './references.js';
import { detach, SCHEMAS, type Schema } from './schema.js';
import { TableValidator, type TableOptions } from './table.js';
import { checkRepeatedProjects } from './repeats.js';
import { rareTags, tagCheck, type TagCheck, TagUsage } from './tags.js';
import { ByteTable } from './byte-table.js';
import { FastRows } from './fast-rows.js';
import { FastProjects } from './fast-projects.js';
import { ProjectIds, TreatmentIds } from './project-ids.js';
import type { TailInput } from './tail.js';

export interface ValidateOptions {
  /** Where each problem goes as it is found; without one they are kept, in `Validated.problems`. */
  problems?: ProblemSink;
  /** How many unknown ids get a "did you mean" (--max-errors; past it none is shown). */
  maxHints?: number;
  /** Keep the id of every question and recommendation (explain lists rows by id; figures need no ids). */
  keepRowIds?: boolean;
}

export interface Validated {
  registers: Registers;
  /** The problems, when no sink was given to take them as they were found. */
  problems: Problem[];
}

/**
 * Raw rows → typed registers and every problem. Registers arrive one at a time, projects.csv
 * first, so that the rows of the others are checked against it as they stream in. Never throws
 * on bad data: rows with errors are left out, and callers refuse to go on when any problem is
 * an error.
 *
 * Problems go to the sink as they are found, in reading order: register by register (the
 * problems of the files found first, such as a workbook that cannot be read), each file's rows in
 * line order, then the checks of the file as a whole (revisits, cut-off order, rare tags). A
 * file's problems are never split by another's, so a summary per file can be made as they pass.
 */
export class RegistersValidator {
  private readonly problems: ProblemSink;
  private readonly kept: Problem[] = [];
  private readonly tables: Partial<Record<RegisterName, TableValidator<unknown>>> = {};
  /** The register being read, until its table is ended; `written` counts the problems its sink has taken. */
  private current: { register: RegisterName; table: TableValidator<unknown>; written: { count: number } } | undefined;
  private treatments: Treatment[] = [];
  /** Id → index in `treatments` of the valid treatments. */
  private treatmentIndex: TreatmentIndex = new Map<string, number>();
  /** Every id in projects.csv, valid rows or not; null when the file could not be read. */
  private projectIds: ProjectIds | null = null;
  private projectIdLines = new ProjectIds();
  /** The tag ids of tags.csv, valid rows or not: the vocabulary, when tags.csv has a usable header. */
  private tagIds = new ExactIds();
  private tagUsage = new TagUsage();
  private questions = new TaggedRowsBuilder();
  private recommendations = new TaggedRowsBuilder();
  private tagColumn: TagCheck | null = null;
  /** The fast path's index of the valid treatments (fast-rows.ts), made when questions.csv starts. */
  private treatmentBytes: ByteTable | null = null;
  private readonly hints: Hints;

  private readonly files: Partial<Record<RegisterName, string>> = {};
  /** The hints left when each register started: a second attempt at a file (another encoding, or papaparse after the scanner) spends them afresh. */
  private readonly hintsAtStart: Partial<Record<RegisterName, number>> = {};

  constructor(private readonly options: ValidateOptions = {}) {
    this.problems = options.problems ?? { add: (p) => this.kept.push(p), unlisted: () => {} };
    this.hints = new Hints(() => this.projectIds?.ids() ?? [], options.maxHints ?? Infinity);
  }

  /** A sink for the rows of one register (a new one replaces an earlier attempt at it). */
  start(register: RegisterName, file: string, sheet?: string): TableValidator<unknown> | FastRows | FastProjects {
    // A register read again (as another encoding, when the first turned out wrong) reads its
    // first rows again as they were (they were ASCII): their problems are written already.
    // The attempt given up is dropped, not ended: what it held, the new one holds again.
    const retry = this.current?.register === register && !this.current.table.ended;
    const again = retry ? this.current!.written.count : 0;
    if (!retry) this.endTable();
    // The id index of the register read before is not needed any more; a big one weighs megabytes.
    for (const done of Object.values(this.tables)) done.forgetIds();
    const written = { count: 0 };
    const table = this.makeTable(register, file, sheet, this.skipping(again, written));
    this.current = { register, table: table as TableValidator<unknown>, written };
    const hintsLeft = this.hintsAtStart[register];
    if (hintsLeft === undefined) this.hintsAtStart[register] = this.hints.left;
    else this.hints.restore(hintsLeft);
    // As CONTRACT §5 names a register's file: `projects.csv`, or `registre.xlsx [Prosjekter]` in a workbook.
    this.files[register] = sheet === undefined ? file : `${file} [${sheet}]`;
    this.tables[register] = table as TableValidator<unknown>;
    // Rows the scanner hands over as bytes: the fast paths, which give the rows they cannot vouch for to the table.
    if (sheet === undefined && register === 'projects') return new FastProjects(table as TableValidator<Treatment>);
    if (sheet !== undefined || (register !== 'questions' && register !== 'recommendations')) return table as TableValidator<unknown>;
    const builder = register === 'questions' ? this.questions : this.recommendations;
    return new FastRows(table as TableValidator<unknown>, {
      projects: this.projectBytes,
      tags: register === 'recommendations' ? this.tagColumn : null,
      keepIds: this.options.keepRowIds ?? false,
      keep: (treatment, theme, tags, line, id) => builder.push(treatment, theme, tags, line, id),
      keepTail:
        register === 'recommendations'
          ? (tail, lineOffset) => {
              builder.append(tail.rows, lineOffset);
              this.tagUsage.absorb(tail.tagUse, lineOffset);
            }
          : undefined,
    });
  }

  /** What a worker thread needs to read the tail of recommendations.csv (validate/tail.ts), once projects.csv and tags.csv are read. */
  tailInput(): TailInput {
    return { projects: this.projectBytes.export(), vocabulary: this.tables.tags?.usable ? [...this.tagIds.lines.keys()] : null };
  }

  /** The valid treatments' ids on their bytes (finishProjects), or an empty index when projects.csv gave none. */
  private get projectBytes(): ByteTable {
    this.treatmentBytes ??= new ByteTable();
    return this.treatmentBytes;
  }

  /** projects.csv is complete: what the other registers are checked against. */
  finishProjects(): void {
    this.endTable();
    const table = this.tables.projects as TableValidator<Treatment> | undefined;
    if (!table?.usable) return;
    this.treatments = table.rows;
    const ids = new TreatmentIds(table.rows);
    this.treatmentIndex = ids;
    this.treatmentBytes = ids.bytes;
    this.projectIds = this.projectIdLines;
    for (const p of checkRevisits(table.file, table.rows, this.treatmentIndex, this.projectIds, this.hints)) table.problem(p);
    for (const p of checkRepeatedProjects(table.file, table.rows, this.treatmentIndex)) table.problem(p);
  }

  /** A problem with a file as a whole, found while looking for the registers. */
  problem(problem: Problem): void {
    this.endTable();
    this.problems.add(problem);
  }

  missing(register: RegisterName, file: string): void {
    if (!REQUIRED_REGISTERS.includes(register)) return;
    this.problem({ severity: 'error', file, ...issue('missing-file', { register }) });
  }

  finish(): Validated {
    this.endTable();
    const rows = <R>(register: RegisterName) => (this.tables[register]?.rows ?? []) as R[];
    return {
      registers: {
        treatments: rows('projects'),
        questions: this.questions.build(),
        recommendations: this.recommendations.build(),
        conversations: rows('conversations'),
        reports: rows('reports'),
        tags: rows('tags'),
        files: { ...this.files },
        treatmentIndex: this.treatmentIndex,
      },
      problems: this.kept,
    };
  }

  /**
   * The register being read is complete: its held problems go out, then the checks that need
   * all of its rows (projects.csv's revisits are checked by finishProjects, which needs more).
   */
  private endTable(): void {
    const current = this.current;
    if (!current || current.table.ended) return;
    current.table.end();
    const { table } = current;
    if (current.register === 'reports') {
      const reports = table as TableValidator<Registers['reports'][number]>;
      for (const p of checkCutoffOrder(reports.file, reports.located())) table.problem(p);
    }
    if (current.register === 'recommendations' && !this.tables.tags?.usable) for (const p of rareTags(table.file, this.tagUsage)) table.problem(p);
  }

  /** The sink, but for the first `skip` problems (see start()); counts in `written` every problem that is written, by it or before. */
  private skipping(skip: number, written: { count: number }): ProblemSink {
    return {
      add: (problem) => {
        if (++written.count > skip) this.problems.add(problem);
      },
      unlisted: (problem, count) => {
        if (++written.count > skip) this.problems.unlisted(problem, count);
      },
    };
  }

  private makeTable(register: RegisterName, file: string, sheet: string | undefined, problems: ProblemSink) {
    // A kept id must not hold on to the chunk of file text it was cut from.
    const rowId = this.options.keepRowIds ? detach : () => '';
    const table = <R>(schema: Schema<R>, options: Omit<TableOptions<R>, 'ids' | 'problems'> & { ids?: IdIndex } = {}) =>
      new TableValidator(register, file, schema, { ids: new HashedIds(), problems, ...options, ...(sheet === undefined ? {} : { sheet }) });
    switch (register) {
      case 'projects':
        this.projectIdLines = new ProjectIds();
        return table(SCHEMAS.projects, { ids: this.projectIdLines, lookalikes: ['agency', 'ministry'] });
      case 'questions':
        this.questions = new TaggedRowsBuilder({ keepIds: this.options.keepRowIds });
        return table(SCHEMAS.questions, {
          columnChecks: { project_id: projectReference(this.treatmentIndex, this.projectIds, this.hints) },
          keep: (q) => this.questions.push(this.treatmentIndex.get(q.projectId)!, q.theme, NO_TAGS, q.line, rowId(q.id)),
        });
      case 'recommendations':
        this.recommendations = new TaggedRowsBuilder({ keepIds: this.options.keepRowIds });
        this.tagUsage = new TagUsage();
        this.tagColumn = tagCheck(this.tables.tags?.usable ? this.tagIds.lines : null, this.tagUsage);
        return table(SCHEMAS.recommendations, {
          columnChecks: {
            project_id: projectReference(this.treatmentIndex, this.projectIds, this.hints),
            tags: this.tagColumn,
          },
          keep: (r) => this.recommendations.push(this.treatmentIndex.get(r.projectId)!, r.theme, r.tags, r.line, rowId(r.id)),
        });
      case 'conversations':
        return table(SCHEMAS.conversations, {
          columnChecks: { project_id: projectReference(this.treatmentIndex, this.projectIds, this.hints) },
          check: conversationAfterMeeting(this.treatments, this.treatmentIndex),
        });
      case 'reports':
        return table(SCHEMAS.reports, { ids: new ExactIds() });
      case 'tags':
        this.tagIds = new ExactIds();
        return table(SCHEMAS.tags, { ids: this.tagIds });
    }
  }
}
