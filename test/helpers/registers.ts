import type { Conversation, Question, Recommendation, Registers, Treatment } from '../../src/model/registers.js';
import { NO_TAGS, TaggedRowsBuilder, type TaggedRows } from '../../src/model/taggedRows.js';

/** A treatment with every field defaulted: tests spell out only what they are about. */
export function treatment(id: string, meetingDate: string, fields: Partial<Treatment> = {}): Treatment {
  const agency = fields.agency ?? `Agency ${id}`;
  return {
    id,
    // 0 until registers() numbers the rows as a file would hold them.
    line: 0,
    name: `Project ${id}`,
    agency,
    agencies: agency.split('/').map((a) => a.trim()),
    ministry: 'Ministry',
    meetingDate,
    costMnok: null,
    benefitMnok: null,
    programme: false,
    sharedSolution: false,
    excludeFromTotals: false,
    revisitOf: null,
    ...fields,
  };
}

type Unnumbered<T extends { line: number }> = Omit<T, 'line'> & { line?: number };

export const question = (id: string, projectId: string, theme: Question['theme'] = 'usikkerhet'): Unnumbered<Question> => ({ id, projectId, theme });

export const recommendation = (id: string, projectId: string, theme: Recommendation['theme'] = 'usikkerhet', tags: string[] = []): Unnumbered<Recommendation> => ({ id, projectId, theme, tags });

/**
 * Registers from rows as read: questions and recommendations become TaggedRows of the treatments.
 * A row without a line (or line 0) gets the one it would have in a file: its position + 2.
 */
export function registers(
  parts: Partial<Omit<Registers, 'questions' | 'recommendations' | 'conversations' | 'files'>> & { questions?: Unnumbered<Question>[]; recommendations?: Unnumbered<Recommendation>[]; conversations?: Unnumbered<Conversation>[] },
): Registers {
  const numbered = <T extends { line?: number }>(rows: T[] = []) => rows.map((row, i) => ({ ...row, line: row.line || i + 2 }));
  const treatments = numbered(parts.treatments);
  const index = new Map(treatments.map((t, i) => [t.id, i]));
  const tagged = (rows: (Unnumbered<Question> | Unnumbered<Recommendation>)[] = []): TaggedRows => {
    const builder = new TaggedRowsBuilder({ keepIds: true });
    for (const row of numbered(rows)) builder.push(index.get(row.projectId)!, row.theme, 'tags' in row ? row.tags : NO_TAGS, row.line, row.id);
    return builder.build();
  };
  return {
    treatments,
    reports: parts.reports ?? [],
    tags: parts.tags ?? [],
    conversations: numbered(parts.conversations),
    questions: tagged(parts.questions),
    recommendations: tagged(parts.recommendations),
    files: { projects: 'projects.csv', questions: 'questions.csv', recommendations: 'recommendations.csv', conversations: 'conversations.csv', reports: 'reports.csv' },
  };
}
