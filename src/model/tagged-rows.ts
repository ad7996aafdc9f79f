import type { TailRowArrays } from './tail-rows.js';
import { THEME_IDS, type ThemeId } from './themes.js';

/**
 * Questions or recommendations, one typed array per field: a million rows cost a few megabytes,
 * where a million objects would cost a hundred.
 */
export interface TaggedRows {
  readonly length: number;
  /** Index into `Registers.treatments` of the treatment each row belongs to. */
  readonly treatment: Int32Array;
  /** Index into THEME_IDS. */
  readonly theme: Uint8Array;
  /** Index into `tagLists`. */
  readonly tags: Uint32Array;
  readonly tagLists: readonly (readonly string[])[];
  /** Where each row is in its register (header = 1): four bytes a row, so always kept. */
  readonly line: Uint32Array;
  /** Each row's id, kept only when asked for (explain): a million ids would weigh tens of megabytes. */
  readonly ids: readonly string[] | null;
}

export const NO_TAGS: readonly string[] = Object.freeze([]);

/** Collects rows into TaggedRows, sharing each distinct tag list. */
export class TaggedRowsBuilder {
  private length = 0;
  private treatment = new Int32Array(1024);
  private theme = new Uint8Array(1024);
  private tags = new Uint32Array(1024);
  private line = new Uint32Array(1024);
  private readonly ids: string[] | null;
  private readonly tagLists: (readonly string[])[] = [NO_TAGS];
  /** By identity (the parser shares equal lists), then by content for lists it did not share. */
  private readonly tagListIndex = new Map<readonly string[], number>([[NO_TAGS, 0]]);
  private readonly tagListByContent = new Map<string, number>([['', 0]]);

  constructor(options: { keepIds?: boolean } = {}) {
    this.ids = options.keepIds ? [] : null;
  }

  push(treatment: number, theme: ThemeId, tags: readonly string[], line: number, id: string): void {
    if (this.length === this.treatment.length) this.grow();
    this.treatment[this.length] = treatment;
    this.theme[this.length] = THEME_INDEX.get(theme)!;
    this.tags[this.length] = this.tagListOf(tags);
    this.line[this.length] = line;
    this.ids?.push(id);
    this.length++;
  }

  /**
   * Adds rows read after these (by another thread, model/tail-rows.ts), their lines `lineOffset`
   * further down: as push() would, one by one.
   */
  append(rows: TailRowArrays, lineOffset: number): void {
    const tagList = rows.tagLists.map((tags) => this.tagListOf(tags));
    while (this.treatment.length < this.length + rows.length) this.grow();
    for (let i = 0, at = this.length; i < rows.length; i++, at++) {
      this.treatment[at] = rows.treatment[i]!;
      this.theme[at] = rows.theme[i]!;
      this.tags[at] = tagList[rows.tags[i]!]!;
      this.line[at] = rows.line[i]! + lineOffset;
    }
    this.length += rows.length;
  }

  /** Views of the arrays filled so far, not copies: a copy would add the rows' megabytes at the peak, when the figures are computed. */
  build(): TaggedRows {
    const n = this.length;
    return {
      length: n,
      treatment: this.treatment.subarray(0, n),
      theme: this.theme.subarray(0, n),
      tags: this.tags.subarray(0, n),
      tagLists: this.tagLists,
      line: this.line.subarray(0, n),
      ids: this.ids,
    };
  }

  /** The index of a tag list in `tagLists`, added when new. */
  private tagListOf(tags: readonly string[]): number {
    let tagList = this.tagListIndex.get(tags);
    if (tagList === undefined) {
      const content = tags.join('|');
      tagList = this.tagListByContent.get(content);
      if (tagList === undefined) {
        tagList = this.tagLists.push(tags) - 1;
        this.tagListByContent.set(content, tagList);
        if (this.tagListIndex.size < 10_000) this.tagListIndex.set(tags, tagList);
      }
    }
    return tagList;
  }

  /**
   * Four times as many rows: the arrays given up are garbage until a full GC, at the peak of a
   * million rows, and growing fourfold leaves a third of the final size of them rather than all
   * of it. Space not yet filled is not touched, so it takes address space, not memory.
   */
  private grow(): void {
    const size = this.treatment.length * 4;
    const grown = <T extends Int32Array | Uint8Array | Uint32Array>(old: T, make: (n: number) => T) => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.treatment = grown(this.treatment, (n) => new Int32Array(n));
    this.theme = grown(this.theme, (n) => new Uint8Array(n));
    this.tags = grown(this.tags, (n) => new Uint32Array(n));
    this.line = grown(this.line, (n) => new Uint32Array(n));
  }
}

const THEME_INDEX = new Map<ThemeId, number>(THEME_IDS.map((id, i) => [id, i]));
