import type { Encoding } from '../model/encoding.js';
import { TaggedRowsBuilder } from '../model/tagged-rows.js';
import type { ScannedRow } from '../model/scanned-row.js';
import type { TailRows } from '../model/tail-rows.js';
import { ByteTable, type ByteTableExport } from './byte-table.js';
import { FastRows } from './fast-rows.js';
import { HashedIds } from './ids.js';
import { SCHEMAS } from './schema.js';
import { TableValidator } from './table.js';
import { tagCheck, TagUsage } from './tags.js';

/** What a worker reading the tail of recommendations.csv needs from the main thread's validator. */
export interface TailInput {
  /** The valid treatments' ids (RegistersValidator's treatment index on bytes). */
  projects: ByteTableExport;
  /** The ids of tags.csv, or null when there is no usable tags.csv. */
  vocabulary: string[] | null;
}

/**
 * The rows of recommendations.csv from some record on, for a worker thread (commands/tail-worker.ts):
 * a FastRows of its own takes rows while it vouches for them and the sink stops at the first it
 * does not, which the main thread then reads itself, with the rest. A row FastRows vouches for has
 * no problem, so the tail has none to tell; the main thread takes it through FastRows.joinTail().
 */
export class TailValidator {
  private readonly builder = new TaggedRowsBuilder();
  private readonly usage = new TagUsage();
  private readonly ids = new HashedIds();
  private readonly rows: FastRows;
  private columns: string[] = [];
  /** Set by anything that is not a row FastRows vouches for: from then on the sink takes nothing. */
  private stopped = false;

  constructor(file: string, input: TailInput) {
    const stop = () => {
      this.stopped = true;
    };
    const table = new TableValidator('recommendations', file, SCHEMAS.recommendations, { ids: this.ids, problems: { add: stop, unlisted: stop } });
    const vocabulary = input.vocabulary && new Map(input.vocabulary.map((id) => [id, true]));
    this.rows = new FastRows(table as TableValidator<unknown>, {
      projects: ByteTable.from(input.projects),
      tags: tagCheck(vocabulary, this.usage),
      keepIds: false,
      keep: (treatment, theme, tags, line) => this.builder.push(treatment, theme, tags, line, ''),
    });
  }

  header(cells: string[], encoding: Encoding): void {
    this.columns = cells;
    this.rows.header(cells, encoding);
  }

  scanned(line: number, row: ScannedRow): boolean {
    this.stopped ||= !this.rows.vouch(line, row);
    return !this.stopped;
  }

  /** What the worker hands over of the rows it took. */
  taken(): Pick<TailRows, 'header' | 'rows' | 'ids' | 'tagUse'> {
    const { length, treatment, theme, tags, tagLists, line } = this.builder.build();
    return {
      header: this.columns,
      rows: { length, treatment, theme, tags, tagLists: [...tagLists], line },
      ids: this.ids.export(),
      tagUse: this.usage.export(),
    };
  }
}
