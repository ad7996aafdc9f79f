import type { Question, Recommendation, Registers, Treatment } from '../../src/model/registers.js';
import { TaggedRowsBuilder, type TaggedRows } from '../../src/model/taggedRows.js';

/** A treatment with every field defaulted: tests spell out only what they are about. */
export function treatment(id: string, meetingDate: string, fields: Partial<Treatment> = {}): Treatment {
  const agency = fields.agency ?? `Agency ${id}`;
  return {
    id,
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

export const question = (id: string, projectId: string, theme: Question['theme'] = 'usikkerhet'): Question => ({ id, projectId, theme });

export const recommendation = (id: string, projectId: string, theme: Recommendation['theme'] = 'usikkerhet', tags: string[] = []): Recommendation => ({ id, projectId, theme, tags });

/** Registers from rows as read: questions and recommendations become TaggedRows of the treatments. */
export function registers(parts: Partial<Omit<Registers, 'questions' | 'recommendations'>> & { questions?: Question[]; recommendations?: Recommendation[] }): Registers {
  const treatments = parts.treatments ?? [];
  const index = new Map(treatments.map((t, i) => [t.id, i]));
  const tagged = (rows: (Question | Recommendation)[] = []): TaggedRows => {
    const builder = new TaggedRowsBuilder();
    for (const row of rows) builder.push(index.get(row.projectId)!, row.theme, 'tags' in row ? row.tags : undefined);
    return builder.build();
  };
  return { treatments, conversations: [], reports: [], tags: [], ...parts, questions: tagged(parts.questions), recommendations: tagged(parts.recommendations) };
}
