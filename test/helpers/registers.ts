import type { Question, Recommendation, Registers, Treatment } from '../../src/model/registers.js';

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

export function registers(parts: Partial<Registers>): Registers {
  return { treatments: [], questions: [], recommendations: [], conversations: [], reports: [], ...parts };
}
