import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemLines, validateWith } from '../support/folders.js';
import { RegistersValidator } from '../../src/validate/index.js';
import { readRegisters } from '../../src/load/registers.js';
import { registerFolder } from '../support/folders.js';

const BASE = new URL('../fixtures/base/', import.meta.url);
const base = (name: string) => readFileSync(new URL(name, BASE), 'utf8');
const TAGS =
  'id,label,label_nn,label_en,description\nkommunikasjon,tydelig ledelse og kommunikasjon,tydeleg leiing og kommunikasjon,clear leadership and communication,\nlaer-av-andre,lær av andre,lær av andre,learn from others,ta kontakt med en annen virksomhet\n';
const misspelt = base('recommendations.csv').replace(
  'r3,2018-beta,behov-mal-og-losning,laer-av-andre|kommunikasjon',
  'r3,2018-beta,behov-mal-og-losning,laer-av-andre|kommunkasjon',
);

describe('tags', () => {
  it('with tags.csv, refuses a tag it does not list, with a "mente du" hint', async () => {
    const result = await validateWith({ 'tags.csv': TAGS, 'recommendations.csv': misspelt });
    expect(result.code).toBe(1);
    expect(problemLines(result.stdout)).toEqual([
      'recommendations.csv:4: feil[unknown-tag]: tags "laer-av-andre|kommunkasjon" er ikke et stikkord i tags.csv (tips: mente du «kommunikasjon»? (eller legg stikkordet inn i tags.csv))',
    ]);
  });

  it('without tags.csv, warns about a rare tag within two edits of a frequent one, naming both', async () => {
    const often = Array.from({ length: 3 }, (_, i) => `r${10 + i},2018-alfa,usikkerhet,kommunikasjon,x`).join('\n');
    const result = await validateWith({ 'recommendations.csv': `${misspelt}${often}\n` });
    expect(result.code).toBe(0);
    expect(problemLines(result.stdout)).toEqual([
      'recommendations.csv:4: advarsel[rare-tag]: tags "laer-av-andre|kommunkasjon" er brukt 1 ganger, det lignende stikkordet «kommunikasjon» 4 ganger (tips: mente du «kommunikasjon»? (med en tags.csv som lister stikkordene, er dette en feil))',
    ]);
  });

  it('refuses a tags.csv id that is not a slug, and a missing label', async () => {
    const result = await validateWith({ 'tags.csv': 'id,label\nKommunikasjon,tydelig ledelse\nlaer-av-andre,\n' }, '--lang', 'en');
    expect(problemLines(result.stdout)).toEqual([
      'tags.csv:2: error[not-a-slug]: id "Kommunikasjon" is not a tag id (hint: write tag ids in lower case with - between words, e.g. kommunikasjon)',
      'tags.csv:3: error[missing-value]: label: a value is required',
    ]);
  });

  it('gives the tag labels to the validated registers, nynorsk and English defaulting to the bokmål label', async () => {
    const validator = new RegistersValidator();
    await readRegisters(
      registerFolder({ 'tags.csv': 'id,label,label_en\nkommunikasjon,tydelig ledelse og kommunikasjon,clear leadership\nlaer-av-andre,lær av andre,\n' }),
      validator,
    );
    const { registers, problems } = validator.finish();
    expect(problems).toEqual([]);
    expect(registers.tags).toEqual([
      {
        id: 'kommunikasjon',
        label: 'tydelig ledelse og kommunikasjon',
        labelNn: 'tydelig ledelse og kommunikasjon',
        labelEn: 'clear leadership',
        description: null,
      },
      { id: 'laer-av-andre', label: 'lær av andre', labelNn: 'lær av andre', labelEn: 'lær av andre', description: null },
    ]);
  });

  it('the shipped data validates clean with its tags.csv', async () => {
    const validator = new RegistersValidator();
    await readRegisters(new URL('../../data/', import.meta.url).pathname, validator);
    const { registers, problems } = validator.finish();
    expect(problems).toEqual([]);
    expect(registers.tags.find((t) => t.id === 'kommunikasjon')?.label).toBe('tydelig ledelse og kommunikasjon');
    expect(registers.tags.map((t) => t.id).sort()).toEqual(['brukerinvolvering', 'kommunikasjon', 'laer-av-andre', 'leverandordialog', 'smidig']);
  });
});
