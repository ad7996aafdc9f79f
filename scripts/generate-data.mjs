#!/usr/bin/env node
// Generates the shipped registers in data/ (projects, questions, recommendations, conversations,
// reports) and then checks them against every figure Digitaliseringsrådet published
// (test/fixtures/published-figures.json); test/data/registers.test.ts checks the facts of data/.
//
// Run once with `node scripts/generate-data.mjs`. The CSV files are the source of truth: this
// script only produced them. It is deterministic (seeded PRNG below), uses only node: builtins,
// and exits non-zero (printing what failed) if the written files do not reproduce the figures.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

export const SEED = 20191031;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');
/** Every figure Digitaliseringsrådet published, as the tests check them too. */
const PUBLISHED = join(ROOT, 'test', 'fixtures', 'published-figures.json');

// ---------------------------------------------------------------------------------------------
// PRNG (mulberry32) and helpers
// ---------------------------------------------------------------------------------------------
const rand = mulberry32(SEED);
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
/** n integers in [lo, hi] summing to total, spread at random. */
function splitCounts(n, total, lo, hi) {
  if (total < n * lo || total > n * hi) throw new Error(`cannot split ${total} into ${n} x [${lo},${hi}]`);
  const c = new Array(n).fill(lo);
  let rest = total - n * lo;
  while (rest > 0) {
    const i = Math.floor(rand() * n);
    if (c[i] < hi) {
      c[i]++;
      rest--;
    }
  }
  return c;
}
const DAY = 86400000;
const toDate = (s) => new Date(`${s}T00:00:00Z`);
const fmtDate = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => fmtDate(new Date(toDate(s).getTime() + n * DAY));
const weekday = (s) => toDate(s).getUTCDay(); // 0 = Sunday

// ---------------------------------------------------------------------------------------------
// The report's table «Prosjektene vi har behandlet» (erfaringsrapport 2019), in meeting order.
// Published: year, order, name, agency (as printed), ministry, the '–' mark (size unresolved).
// Reconstructed: meeting date, cost, benefit, programme, shared_solution.
//   [slug, name, printed agency, ministry, dash, meeting (MM-DD), cost, benefit, programme, shared]
// cost/benefit null = not given.
// ---------------------------------------------------------------------------------------------
const KUD = 'Kulturdepartementet';
const NFD = 'Nærings- og fiskeridepartementet';
const JD = 'Justis- og beredskapsdepartementet';
const KMD = 'Kommunal- og moderniseringsdepartementet';
const UD = 'Utenriksdepartementet';
const SD = 'Samferdselsdepartementet';
const HOD = 'Helse- og omsorgsdepartementet';
const KD = 'Kunnskapsdepartementet';
const LMD = 'Landbruks- og matdepartementet';
const FIN = 'Finansdepartementet';
const FD = 'Forsvarsdepartementet';
const ASD = 'Arbeids- og sosialdepartementet';
const KLD = 'Klima- og miljødepartementet';
const BFD = 'Barne- og familiedepartementet';
const OED = 'Olje- og energidepartementet';
const EHELSE = 'Direktoratet for e-helse';

const TABLE = {
  2016: [
    ['e-arkiv-mavod', 'E-arkiv/MAVOD', 'Arkivverket', KUD, false, '03-09', 85, 210, true, true],
    ['felles-datakatalog', 'Felles datakatalog', 'Brønnøysundregistrene', NFD, false, '03-30', 24.5, 95, false, true],
    ['digitale-domstoler', 'Digitale domstoler', 'Domstolsadministrasjonen', JD, false, '04-13', 450, 2400, true, false],
    ['sikt-programmet', 'SIKT-programmet', 'Husbanken', KMD, false, '04-27', 145, 520, true, false],
    ['nis-nor-registrene', 'NIS/NOR-registrene', 'Sjøfartsdirektoratet', NFD, false, '05-11', 62, 180, false, false],
    ['e-soknad', 'E-søknad', 'Utenriksdepartementet', UD, false, '05-25', 37.5, 140, false, false],
    ['stegvis-modernisering', 'Stegvis modernisering', 'Utlendingsdirektoratet', JD, false, '06-08', 190, 760, true, false],
    ['styrket-id-arbeid', 'Styrket ID-arbeid', 'Utlendingsdirektoratet/Politidirektoratet', JD, false, '06-22', 46, null, false, true],
    ['ikt-sikkerhet', 'IKT-sikkerhet', 'Politidirektoratet', JD, false, '08-24', 120, null, false, false],
    ['analysesystem', 'Analysesystem', 'Politiets sikkerhetstjeneste', JD, false, '09-07', 75, null, false, false],
    ['undergrunnsprogrammet', 'Undergrunnsprogrammet', 'Norges geologiske undersøkelse', NFD, false, '09-21', 95, 310, true, false],
    ['e-innsyn', 'E-innsyn', 'Direktoratet for forvaltning og IKT', KMD, false, '10-05', 18, 60.5, false, true],
    ['felles-ressursregister', 'Felles ressursregister', 'Kystverket/BarentsWatch', SD, false, '10-26', 22, 85, false, true],
    ['min-ipr-side', 'Min IPR-side', 'Patentstyret', NFD, false, '11-16', 12.5, 40, false, false],
    ['helsekort-for-gravide', 'Elektronisk helsekort for gravide', EHELSE, HOD, false, '12-07', 42, 150, false, true],
  ],
  2017: [
    ['digitalt-universitet', 'Digitalt universitet 1.0', 'Høgskolen i Oslo og Akershus', KD, true, '01-25', null, null, true, false],
    ['moderniseringsprogrammet-udi', 'Moderniseringsprogrammet', 'Utlendingsdirektoratet', JD, false, '02-15', 420, 1723.5, true, false],
    ['fagsystem-melkekvoter', 'Fagsystem for melkekvoter', 'Landbruksdirektoratet', LMD, false, '03-08', 28, 75, false, false],
    ['bompengeinnkreving', 'Nasjonal kjerneløsning for bompengeinnkreving', 'Statens vegvesen', SD, false, '03-29', 310, 1800, false, true],
    ['klagebehandling', 'Klagebehandling for fremtiden', 'Utlendingsnemnda', JD, true, '04-19', 35, 120, false, false],
    ['moderniseringsprogrammet-ssb', 'Moderniseringsprogrammet', 'Statistisk sentralbyrå', FIN, false, '05-10', 185, 640, true, false],
    ['kunstig-intelligens', 'Kunstig intelligens', 'Skatteetaten', FIN, false, '05-31', 10, null, false, false],
    ['mineraler-for-alle', 'Mineraler for alle', 'Direktoratet for mineralforvaltning', NFD, false, '06-14', 16, 45, false, false],
    ['helsedataprogrammet', 'Helsedataprogrammet', EHELSE, HOD, false, '08-23', 390, 1500, true, true],
    ['klareringsprosessen', 'Digitalisering av klareringsprosessen', 'Forsvarsmateriell', FD, false, '09-13', 55, 160, false, false],
    ['pensjonsprogrammet-pro25', 'Pensjonsprogrammet – PRO25 første fase', 'Statens pensjonskasse', ASD, false, '10-11', 395, 2300, true, false],
    ['konfliktradet', 'Digitalisering i Konfliktrådet', 'Sekretariatet for konfliktrådene', JD, false, '11-08', 14, 38, false, false],
    ['felles-kundeportal', 'Felles kundeportal', 'Eksportkreditt og Garanti-instituttet for eksportkreditt', NFD, false, '11-22', 33, 90, false, false],
    ['prosjekt-42', 'Prosjekt 42', 'Enova', KLD, false, '12-06', 68.5, 240, false, false],
    ['digibarnevern', 'DigiBarnevern', 'Barne-, ungdoms- og familiedirektoratet', BFD, false, '12-13', 260, 1100, true, true],
  ],
  2018: [
    ['tolkeregister', 'Nytt nasjonalt tolkeregister', 'Integrerings- og mangfoldsdirektoratet', KD, false, '01-17', 20, 55, false, true],
    ['geolett', 'GeoLett', 'Direktoratet for byggkvalitet', KMD, false, '02-07', 25, 110, false, true],
    ['digitaliseringsprogrammet-od', 'Digitaliseringsprogrammet', 'Oljedirektoratet', OED, true, '02-28', 160, 480, true, false],
    ['den-kulturelle-skolesekken', 'Den kulturelle skolesekken', 'Kulturtanken', KUD, false, '03-21', 45, null, false, false],
    ['delegeringsprosjektet', 'Delegeringsprosjektet', 'Riksantikvaren', KLD, false, '04-11', 11, 30, false, false],
    ['treff', 'Treff – systemstøtte på kontrollområdet', 'Tolletaten', FIN, false, '05-02', 175, 700, true, false],
    ['prover-og-eksamen', 'Digital tjeneste for gjennomføring av prøver og eksamen', 'Utdanningsdirektoratet', KD, false, '05-23', 90, 350, false, false],
    ['entur-digitale-tjenester', 'Digitale tjenester', 'Entur', SD, true, '06-13', 48, 190, false, true],
    [
      'felleslosninger-tilskudd',
      'Utredning av digitale fellesløsninger for tilskudd',
      'Direktoratet for økonomistyring',
      FIN,
      true,
      '08-29',
      null,
      null,
      false,
      true,
    ],
    ['arbeidslivsportalen', 'Arbeidslivsportalen', 'OsloMet – storbyuniversitetet', KD, false, '09-19', 19, 65, false, false],
    ['pasientens-legemiddelliste', 'Pasientens legemiddelliste', EHELSE, HOD, false, '10-31', 750, 3600, true, true],
    ['felles-digital-grunnmur', 'Felles digital grunnmur for helse og omsorg', EHELSE, HOD, true, '11-14', null, null, true, true],
    ['helsedataprogrammet', 'Helsedataprogrammet', EHELSE, HOD, false, '11-28', 615, 2400, true, true, '2017-helsedataprogrammet'],
    ['kriminalomsorgen-fagsystem', 'Nytt fagsystem', 'Kriminalomsorgen', JD, false, '12-05', 705, 2300, true, false],
    ['deling-av-data', 'Deling av data', 'Direktoratet for forvaltning og IKT', KMD, false, '12-12', 30, 120, false, true],
  ],
  2019: [
    ['innebygget-dokumentasjon', 'Innebygget dokumentasjon', 'Arkivverket', KUD, false, '01-23', 23, 70, false, true],
    ['digital-langtidsbevaring', 'Digital langtidsbevaring', 'Arkivverket', KUD, true, '02-13', null, null, false, true],
    ['gassco-digitaliseringsprogram', 'Digitaliseringsprogram', 'Gassco', OED, true, '03-06', null, null, true, false],
    ['digitalarkivet-for-alle', 'Digitalarkivet for alle', 'Arkivverket', KUD, false, '03-27', 58, 200, false, true],
    ['ia-prosjektet', 'IA-prosjektet (inkluderende arbeidsliv)', 'Arbeidstilsynet', ASD, false, '04-24', 40, 130, false, false],
    ['felles-ikt-departementene', 'Felles IKT-løsning for departementene', KMD, KMD, true, '05-15', null, null, false, true],
    ['veileder-prosjektmodellen', 'Veileder til statens prosjektmodell og KS-ordningen', FIN, FIN, true, '06-05', null, null, false, true],
    ['esas-2020', 'ESAS 2020', 'Domstolsadministrasjonen', JD, false, '06-19', 115, 420, false, false],
    ['akson', 'Akson – helhetlig samhandling og felles kommunal journal', EHELSE, HOD, false, '08-28', 11300, 40500, true, true],
    ['hydrografisk-infrastruktur', 'Ny hydrografisk infrastruktur', 'Kartverket', KMD, true, '09-18', null, null, false, true],
    ['tilskudds-og-resultatportalen', 'Tilskudds- og resultatportalen', 'Utenriksdepartementet', UD, false, '10-16', 78, 260, false, true],
  ],
};
const EXCLUDED = new Set(['2019-akson']); // Akson: kept out of the totals, as in the report

// Agency rule: a service or brand is written as the agency that runs it. Everything else is
// written as printed (joint agencies separated by '/'). Renamed agencies keep the name printed
// for the treatment (Høgskolen i Oslo og Akershus in 2017, OsloMet in 2018: two names).
const SERVICE_OWNER = { BarentsWatch: 'Kystverket' };
function registerAgency(printed) {
  const parts = printed.split('/').map((s) => SERVICE_OWNER[s.trim()] ?? s.trim());
  return [...new Set(parts)].join('/');
}

const REPORTS = [
  [2017, '2017-10-25'],
  [2018, '2018-10-24'],
  [2019, '2019-10-31'],
];

// ---------------------------------------------------------------------------------------------
// Text pools (Norwegian). Some texts carry a tag of their own.
// ---------------------------------------------------------------------------------------------
const THEMES = [
  ['organisering-og-styring', 'Organisering og styring'],
  ['behov-mal-og-losning', 'Behov, mål og løsning'],
  ['usikkerhet', 'Usikkerhet'],
  ['gevinstrealisering', 'Gevinstrealisering'],
  ['konkurransestrategi', 'Konkurransestrategi'],
  ['it-politiske-foringer', 'IT-politiske føringer'],
];
const LABEL = Object.fromEntries(THEMES);

const REC_POOL = {
  'organisering-og-styring': [
    'Sørg for at prosjekteier tar et tydelig og synlig eierskap til prosjektet.',
    'Etabler en styringsstruktur med klare roller, ansvar og fullmakter.',
    'Sett sammen en styringsgruppe som har myndighet til å ta beslutninger.',
    'Sørg for at toppledelsen er aktivt involvert, ikke bare informert.',
    'Skill mellom linjeansvar og prosjektansvar, og gjør skillet kjent i organisasjonen.',
    'Bemann nøkkelrollene med egne folk, ikke bare med innleide konsulenter.',
    'Planlegg for kompetanseoverføring fra konsulentene til egne ansatte.',
    'Del opp programmet i prosjekter som kan styres og avsluttes hver for seg.',
    'Gi prosjektlederen handlingsrom innenfor tydelige rammer.',
    'Etabler en porteføljestyring som gjør det mulig å prioritere mellom prosjektene.',
    'Sørg for at linjeorganisasjonen er klar til å ta imot det prosjektet leverer.',
    'Lag en realistisk plan for når nøkkelpersonene er tilgjengelige.',
    'Styr etter nytte og gevinster, ikke bare etter tid og kostnad.',
    'Vurder om prosjektet har riktig kapasitet og kompetanse for oppgaven.',
    'Hold styringsdokumentasjonen kort, oppdatert og i bruk.',
  ],
  'behov-mal-og-losning': [
    'Jakt på fornyelse – gi rom for kreativitet og nytenkning.',
    'Lever nytte underveis.',
    'Start med brukernes behov, ikke med dagens løsning.',
    'Formuler effektmål som kan måles, og knytt dem til samfunnsmålet.',
    'Avgrens første leveranse, og utvid når den virker.',
    'Vurder om behovet kan dekkes med eksisterende fellesløsninger.',
    'Tenk helhetlig på tvers av virksomheter, slik at brukeren møter én løsning.',
    'Utfordre regelverket der det hindrer gode digitale tjenester.',
    'Beskriv målbildet slik at det gir retning, men ikke låser løsningen.',
    'Planlegg for gjenbruk av data, slik at brukerne bare oppgir dem én gang.',
    'Skill mellom det som må bestemmes nå, og det som kan vente.',
    'Sørg for at arkitekturen tåler endringer i behov og teknologi.',
    'Definer "ferdig" for hver leveranse, slik at alle vet når nytten er levert.',
    ['Test løsningen med ekte brukere, tidlig og ofte.', 'brukerinvolvering'],
    ['Lever i små steg, og lær av hver leveranse.', 'smidig'],
  ],
  usikkerhet: [
    'Gjør en grundig usikkerhetsanalyse, og oppdater den jevnlig.',
    'Sett av en realistisk reserve, og styr den på riktig nivå.',
    'Identifiser de største risikoene tidlig, og lag tiltak for hver av dem.',
    'Behandle avhengigheter til andre prosjekter og virksomheter som en egen risiko.',
    'Ta høyde for at kostnadsanslaget er usikkert i tidlig fase.',
    'Oppgi kostnads- og gevinstanslag med spenn, ikke bare med ett tall.',
    'Planlegg for hva som skjer om en nøkkelleverandør ikke leverer.',
    'Få anslagene kvalitetssikret eksternt før endelig beslutning.',
  ],
  gevinstrealisering: [
    'Lag en gevinstrealiseringsplan med en tydelig eier for hver gevinst.',
    'Gi linjelederne ansvar for å hente ut gevinstene.',
    'Mål dagens situasjon, slik at gevinstene kan dokumenteres.',
    'Ta med de kvalitative gevinstene, også de som ikke kan måles i kroner.',
    'Følg opp gevinstene også etter at prosjektet er avsluttet.',
    'Knytt gevinstene til budsjettet, slik at de faktisk blir tatt ut.',
    'Se etter gevinster hos brukerne og hos andre virksomheter, ikke bare i egen virksomhet.',
  ],
  konkurransestrategi: [
    ['Gå i dialog med markedet før konkurransen lyses ut.', 'leverandordialog'],
    ['Vurder om kontraktsformen støtter smidig utvikling.', 'smidig'],
    'Unngå å låse løsningen for tidlig i kravspesifikasjonen.',
    'Sørg for at dere har kompetanse til å følge opp leverandørene.',
    'Vurder å dele opp anskaffelsen for å redusere avhengigheten av én leverandør.',
    'Bruk statens standardavtaler, og tilpass dem til prosjektets behov.',
    'Velg en konkurranseform som gir rom for dialog, og som belønner kvalitet.',
  ],
  'it-politiske-foringer': [
    'Vurder hvordan prosjektet følger opp Digitaliseringsrundskrivet.',
    'Bruk nasjonale fellesløsninger som ID-porten, Altinn og Digital postkasse.',
    'Følg arkitekturprinsippene for samhandling i offentlig sektor.',
    'Vurder skytjenester i tråd med den nasjonale strategien for bruk av skytjenester.',
    'Sørg for at informasjonssikkerhet og personvern er ivaretatt fra starten.',
  ],
};
// Tydelig ledelse og kommunikasjon (tag kommunikasjon), used on organisering-og-styring recs
const KOMM_POOL = [
  ['Lag en kommunikasjonsplan som forteller ansatte og brukere hvorfor endringen er nødvendig.'],
  ['Fortell historien om hvorfor prosjektet finnes – og fortell den ofte.'],
  ['Ledelsen må kommunisere målene tydelig, både internt og eksternt.'],
  ['Vær åpen om utfordringer, forsinkelser og veivalg underveis.'],
  ['Gjør visjonen konkret, slik at de ansatte ser hva den betyr for dem.'],
  ['Sørg for at ledere på alle nivåer kan forklare hvorfor endringen skjer.'],
  ['Bruk «den gode historien» aktivt for å skape oppslutning om endringen.'],
  ['Kommuniser gevinstene slik brukerne vil oppleve dem, ikke bare i kroner.'],
  ['Involver brukerne, og fortell dem hva som endres og når.', 'brukerinvolvering'],
];
const LAER_POOL = [
  'Ta direkte kontakt med {a}, og lær av deres erfaringer med tilsvarende arbeid.',
  'Snakk med {a}, som har løst en lignende oppgave, før dere velger løsning.',
  'Lær av {a}: be om å få se hvordan de organiserte og styrte arbeidet sitt.',
];
const LAER_AGENCIES = [
  'Skatteetaten',
  'NAV',
  'Lånekassen',
  'Brønnøysundregistrene',
  'Statens vegvesen',
  'Direktoratet for forvaltning og IKT',
  'Utlendingsdirektoratet',
  'Statens pensjonskasse',
];

const Q_POOL = {
  'organisering-og-styring': [
    'Hvordan bør vi organisere prosjektet for å sikre god styring?',
    'Hvordan sikrer vi at toppledelsen tar eierskap?',
    'Hvilken rolle bør styringsgruppen ha?',
    'Hvordan bør vi balansere bruken av konsulenter og egne ansatte?',
    'Hvordan styrer vi et program med mange avhengigheter?',
    'Hvordan forankrer vi prosjektet i linjeorganisasjonen?',
    'Hvordan får vi med oss de ansatte i endringen?',
    'Hvilken kompetanse trenger vi i prosjektet, og når?',
    'Hvordan bør samarbeidet med andre virksomheter organiseres?',
  ],
  'behov-mal-og-losning': [
    'Er ambisjonsnivået riktig, eller bør vi avgrense mer?',
    'Hvordan kan vi levere nytte tidligere?',
    'Bør vi bygge selv, eller gjenbruke eksisterende løsninger?',
    'Hvordan involverer vi brukerne best?',
    'Er målene formulert slik at de kan måles?',
  ],
  usikkerhet: [
    'Hvilke risikoer ser rådet som de viktigste?',
    'Hvordan bør vi håndtere usikkerheten i kostnadsanslaget?',
    'Hvor stor bør usikkerhetsavsetningen være?',
  ],
  gevinstrealisering: ['Hvordan sikrer vi at gevinstene faktisk blir realisert?', 'Hvem bør eie gevinstene?', 'Hvordan måler vi kvalitative gevinster?'],
  konkurransestrategi: [
    'Hvilken kontraktsform passer for prosjektet vårt?',
    'Hvordan bør vi gå i dialog med markedet?',
    'Bør vi dele opp anskaffelsen, eller gjøre én stor?',
  ],
  'it-politiske-foringer': [
    'Hvordan bør vi forholde oss til Digitaliseringsrundskrivet?',
    'Hvilke nasjonale fellesløsninger bør vi bruke?',
    'Kan vi ta i bruk skytjenester, og hva må vi da tenke på?',
  ],
};

// Texts are drawn from a pool without repeating within one treatment where the pool allows.
function drawer(pool) {
  const used = new Map(); // treatment -> Set of indexes
  return (treatment) => {
    const u = used.get(treatment) ?? new Set();
    used.set(treatment, u);
    if (u.size >= pool.length) u.clear();
    let i;
    do i = Math.floor(rand() * pool.length);
    while (u.has(i));
    u.add(i);
    const e = pool[i];
    return Array.isArray(e) ? { text: e[0], tags: e.slice(1) } : { text: e, tags: [] };
  };
}

/** Writes data/ and checks it; exit code 1 (and what failed) if it does not give the published figures. */
export function main() {
  // ---------------------------------------------------------------------------------------------
  // Build the registers
  // ---------------------------------------------------------------------------------------------
  const printedTable = []; // rows as printed, for the self-check of the '–' settlement
  const projects = [];
  for (const year of [2016, 2017, 2018, 2019]) {
    for (const [slug, name, printedAgency, ministry, dash, md, cost, benefit, programme, shared, revisitOf] of TABLE[year]) {
      const id = `${year}-${slug}`;
      printedTable.push({ id, year, printedAgency, dash });
      projects.push({
        id,
        name,
        agency: registerAgency(printedAgency),
        ministry,
        meeting_date: `${year}-${md}`,
        cost_mnok: cost,
        benefit_mnok: benefit,
        programme,
        shared_solution: shared,
        exclude_from_totals: EXCLUDED.has(id),
        revisit_of: revisitOf ?? null,
      });
    }
  }
  const idx = (id) => projects.findIndex((p) => p.id === id);

  // Groups of treatments between report cut-offs and calendar years, with their recommendation totals.
  //   2016 (15 rows) 110 · 2017 up to 25 Oct (11) 80 · 2017 after (4) 36 · 2018 up to 24 Oct (10) 94
  //   · 2018 after (5) 37 · 2019 (11) 74  => 190 by 2017-10-25, 320 by 2018-10-24, 431 in all;
  //   by year 2016 110, 2017 116, 2018 131, 2019 74.
  const GROUPS = [
    { from: '2016-01-01', to: '2016-12-31', recs: 110 },
    { from: '2017-01-01', to: '2017-10-25', recs: 80 },
    { from: '2017-10-26', to: '2017-12-31', recs: 36 },
    { from: '2018-01-01', to: '2018-10-24', recs: 94 },
    { from: '2018-10-25', to: '2018-12-31', recs: 37 },
    { from: '2019-01-01', to: '2019-12-31', recs: 74 },
  ];
  // kommunikasjon-tagged recommendations per calendar year: 9/110, 9/116, 18/131, 14/74
  const KOMM_BY_YEAR = { 2016: 9, 2017: 9, 2018: 18, 2019: 14 };
  // Recommendation themes: 2019 (74) gets 67 in the two main themes (0.905); the rest go earlier.
  const REC_THEMES_2019 = {
    'organisering-og-styring': 35,
    'behov-mal-og-losning': 32,
    usikkerhet: 3,
    gevinstrealisering: 2,
    konkurransestrategi: 1,
    'it-politiske-foringer': 1,
  };
  const REC_THEMES_ALL = {
    'organisering-og-styring': 155,
    'behov-mal-og-losning': 151,
    usikkerhet: 52,
    gevinstrealisering: 43,
    konkurransestrategi: 22,
    'it-politiske-foringer': 8,
  };
  const Q_THEMES_ALL = {
    'organisering-og-styring': 79,
    'behov-mal-og-losning': 31,
    usikkerhet: 17,
    gevinstrealisering: 16,
    konkurransestrategi: 13,
    'it-politiske-foringer': 9,
  };
  const multiset = (counts) => Object.entries(counts).flatMap(([t, n]) => new Array(n).fill(t));

  // Recommendation counts per treatment (4..12)
  const recCount = new Map();
  for (const g of GROUPS) {
    const rows = projects.filter((p) => p.meeting_date >= g.from && p.meeting_date <= g.to);
    for (const [i, n] of splitCounts(rows.length, g.recs, 4, 12).entries()) recCount.set(rows[i].id, n);
  }
  // Themes: 2019 from its own multiset, earlier years from the remainder
  const rest = { ...REC_THEMES_ALL };
  for (const [t, n] of Object.entries(REC_THEMES_2019)) rest[t] -= n;
  const themes2019 = shuffle(multiset(REC_THEMES_2019));
  const themesEarlier = shuffle(multiset(rest));
  const recDraw = Object.fromEntries(THEMES.map(([t]) => [t, drawer(REC_POOL[t])]));
  const recommendations = [];
  for (const p of projects) {
    const src = p.meeting_date.startsWith('2019') ? themes2019 : themesEarlier;
    for (let k = 0; k < recCount.get(p.id); k++) {
      const theme = src.pop();
      const { text, tags } = recDraw[theme](p.id);
      recommendations.push({ id: '', project_id: p.id, theme, tags, text });
    }
  }
  if (themes2019.length || themesEarlier.length) throw new Error('theme multiset not used up');

  // kommunikasjon: on organisering-og-styring recommendations, an exact number per calendar year
  const kommDraw = drawer(KOMM_POOL);
  for (const [year, n] of Object.entries(KOMM_BY_YEAR)) {
    const cands = shuffle(recommendations.filter((r) => r.theme === 'organisering-og-styring' && projects[idx(r.project_id)].meeting_date.startsWith(year)));
    for (const r of cands.slice(0, n)) {
      const { text, tags } = kommDraw(r.project_id);
      r.text = text;
      r.tags = ['kommunikasjon', ...tags];
    }
  }
  // laer-av-andre: on recommendations of 14 distinct projects. Helsedataprogrammet gets one on each
  // of its two treatments (a revisit's recommendations count for the project it revisits).
  const laerDraw = drawer(LAER_POOL);
  const roots = projects.filter((p) => !p.revisit_of);
  const laerProjects = ['2017-helsedataprogrammet', ...shuffle(roots.map((p) => p.id).filter((id) => id !== '2017-helsedataprogrammet')).slice(0, 13)];
  function tagLaer(treatmentId) {
    const cands = recommendations.filter(
      (r) => r.project_id === treatmentId && !r.tags.length && (r.theme === 'organisering-og-styring' || r.theme === 'behov-mal-og-losning'),
    );
    const r = pick(cands);
    const own = projects[idx(treatmentId)].agency.split('/');
    const other = pick(LAER_AGENCIES.filter((a) => !own.includes(a)));
    r.text = laerDraw(treatmentId).text.replace('{a}', other);
    r.tags = ['laer-av-andre'];
  }
  for (const id of laerProjects) tagLaer(id);
  tagLaer('2018-helsedataprogrammet');
  tagLaer(laerProjects[1]); // one project gets two such recommendations
  recommendations.forEach((r, i) => {
    r.id = `r${String(i + 1).padStart(3, '0')}`;
  });

  // Questions: 165, 1..6 per treatment, themes from the published counts
  const qCounts = splitCounts(projects.length, 165, 1, 6);
  const qThemes = shuffle(multiset(Q_THEMES_ALL));
  const qDraw = Object.fromEntries(THEMES.map(([t]) => [t, drawer(Q_POOL[t])]));
  const questions = [];
  projects.forEach((p, i) => {
    for (let k = 0; k < qCounts[i]; k++) {
      const theme = qThemes.pop();
      questions.push({ id: `q${String(questions.length + 1).padStart(3, '0')}`, project_id: p.id, theme: LABEL[theme], text: qDraw[theme](p.id).text });
    }
  });

  // Conversations (erfaringssamtaler): 36, 1 to 1.5 years after the meeting, weekdays, not in July.
  //   22 up to 2018-10-24 about 22 of the first 26 projects; 14 in (2018-10-24, 2019-10-31] about
  //   the last four 2017 projects and the first ten of 2018.
  const NO_CONVERSATION = new Set(['2017-helsedataprogrammet', '2017-kunstig-intelligens', '2016-analysesystem', '2016-styrket-id-arbeid']);
  const early = projects.filter((p) => p.meeting_date <= '2017-10-25' && !NO_CONVERSATION.has(p.id));
  const late = projects.filter((p) => p.meeting_date > '2017-10-25' && p.meeting_date <= '2018-10-24');
  const conversations = [];
  function conversationDate(meeting, lo, hi) {
    for (let tries = 0; tries < 1000; tries++) {
      const d = addDays(meeting, randInt(365, 548));
      const wd = weekday(d);
      if (wd === 0 || wd === 6 || d.slice(5, 7) === '07' || d <= lo || d > hi) continue;
      return d;
    }
    throw new Error(`no conversation date for ${meeting}`);
  }
  for (const p of early) conversations.push({ project_id: p.id, date: conversationDate(p.meeting_date, '0000', '2018-10-24') });
  for (const p of late) conversations.push({ project_id: p.id, date: conversationDate(p.meeting_date, '2018-10-24', '2019-10-31') });
  conversations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  conversations.forEach((c, i) => {
    c.id = `c${String(i + 1).padStart(2, '0')}`;
  });

  // ---------------------------------------------------------------------------------------------
  // Write CSV (UTF-8 without BOM, comma, LF, RFC 4180 quoting)
  // ---------------------------------------------------------------------------------------------
  function cell(v) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (Array.isArray(v)) return cell(v.join('|'));
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }
  function writeCsv(file, columns, rows) {
    const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
    writeFileSync(join(DATA, file), lines.join('\n') + '\n', 'utf8');
  }
  mkdirSync(DATA, { recursive: true });
  writeCsv(
    'projects.csv',
    ['id', 'name', 'agency', 'ministry', 'meeting_date', 'cost_mnok', 'benefit_mnok', 'programme', 'shared_solution', 'exclude_from_totals', 'revisit_of'],
    projects,
  );
  writeCsv('questions.csv', ['id', 'project_id', 'theme', 'text'], questions);
  writeCsv('recommendations.csv', ['id', 'project_id', 'theme', 'tags', 'text'], recommendations);
  writeCsv('conversations.csv', ['id', 'project_id', 'date'], conversations);
  writeCsv(
    'reports.csv',
    ['year', 'cutoff'],
    REPORTS.map(([year, cutoff]) => ({ year, cutoff })),
  );

  // =============================================================================================
  // Self-check: read the files back and recompute, independently, every published figure.
  // =============================================================================================
  const failures = [];
  const lines = [];
  function ok(cond, label) {
    lines.push(`${cond ? 'ok  ' : 'FAIL'} ${label}`);
    if (!cond) failures.push(label);
  }

  function parseCsv(text) {
    const rows = [];
    let row = [],
      f = '',
      q = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (q) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            f += '"';
            i++;
          } else q = false;
        } else f += ch;
      } else if (ch === '"') q = true;
      else if (ch === ',') {
        row.push(f);
        f = '';
      } else if (ch === '\n') {
        row.push(f);
        rows.push(row);
        row = [];
        f = '';
      } else f += ch;
    }
    if (f !== '' || row.length) {
      row.push(f);
      rows.push(row);
    }
    const [head, ...body] = rows;
    return { head, rows: body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? '']))), widths: body.map((r) => r.length) };
  }
  const EXPECTED_HEADERS = {
    'projects.csv': 'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of',
    'questions.csv': 'id,project_id,theme,text',
    'recommendations.csv': 'id,project_id,theme,tags,text',
    'conversations.csv': 'id,project_id,date',
    'reports.csv': 'year,cutoff',
  };
  const reg = {};
  for (const [file, header] of Object.entries(EXPECTED_HEADERS)) {
    const buf = readFileSync(join(DATA, file));
    const text = buf.toString('utf8');
    const parsed = parseCsv(text);
    const ncol = header.split(',').length;
    ok(
      buf[0] !== 0xef &&
        !text.includes('\r') &&
        text.endsWith('\n') &&
        parsed.head.join(',') === header &&
        parsed.widths.every((w) => w === ncol) &&
        Buffer.from(text, 'utf8').equals(buf),
      `${file}: UTF-8 without BOM, LF, header "${header}", ${parsed.rows.length} rows of ${ncol} cells`,
    );
    reg[file.replace('.csv', '')] = parsed.rows;
  }

  // --- independent implementation of the definitions of docs/contract.md ---
  const fold = (s) =>
    s
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const THEME_IDS = THEMES.map(([t]) => t);
  const themeId = (s) => THEME_IDS.find((t) => fold(s) === t || fold(LABEL[t]) === fold(s));
  const yes = (s) => /^(yes|ja|true|1|x)$/i.test(s.trim());
  const num = (s) => (s.trim() === '' ? null : Number(s));
  const P = reg.projects.map((r, order) => ({ ...r, order, cost: num(r.cost_mnok), benefit: num(r.benefit_mnok) }));
  const byId = new Map(P.map((p) => [p.id, p]));
  const root = (p) => (p.revisit_of ? root(byId.get(p.revisit_of)) : p);
  const dateOf = (projectId) => byId.get(projectId).meeting_date;

  function figures(asOf, since) {
    const T = P.filter((p) => p.meeting_date <= asOf);
    const rootsUp = T.filter((p) => !p.revisit_of);
    const latest = new Map();
    for (const t of [...T].sort((a, b) => (a.meeting_date < b.meeting_date ? -1 : a.meeting_date > b.meeting_date ? 1 : a.order - b.order)))
      latest.set(root(t).id, t);
    const L = rootsUp.map((r) => ({ root: r, cur: latest.get(r.id) }));
    const inPeriod = L.filter((x) => x.root.meeting_date > since && x.root.meeting_date <= asOf);
    const withCost = L.filter((x) => x.cur.cost !== null);
    const counted = withCost.filter((x) => !yes(x.cur.exclude_from_totals));
    const sum = (a) => Math.round(a.reduce((s, v) => s + v, 0) * 1e6) / 1e6;
    const bands = { 'under-26': 0, '26-50': 0, '51-100': 0, '101-200': 0, 'over-200': 0 };
    for (const {
      cur: { cost: c },
    } of withCost)
      bands[c < 26 ? 'under-26' : c <= 50 ? '26-50' : c <= 100 ? '51-100' : c <= 200 ? '101-200' : 'over-200']++;
    const Q = reg.questions.filter((q) => dateOf(q.project_id) <= asOf);
    const R = reg.recommendations.filter((r) => dateOf(r.project_id) <= asOf);
    const themes = {};
    for (const t of THEME_IDS) {
      const nq = Q.filter((q) => themeId(q.theme) === t).length;
      const nr = R.filter((r) => themeId(r.theme) === t).length;
      themes[t] = { questions: nq, questionShare: Q.length ? nq / Q.length : 0, recommendations: nr, recommendationShare: R.length ? nr / R.length : 0 };
    }
    const MAIN = ['organisering-og-styring', 'behov-mal-og-losning'];
    const isMain = (x) => MAIN.includes(themeId(x.theme));
    const years = [...new Set(R.map((r) => dateOf(r.project_id).slice(0, 4)))].sort();
    const recsOfYear = (y) => R.filter((r) => dateOf(r.project_id).startsWith(y));
    const tags = {};
    for (const tag of new Set(R.flatMap((r) => r.tags.split('|').filter(Boolean)))) {
      const has = (r) => r.tags.split('|').includes(tag);
      const byYear = {};
      for (const y of years) {
        const ry = recsOfYear(y);
        const n = ry.filter(has).length;
        byYear[y] = { count: n, share: ry.length ? n / ry.length : 0 };
      }
      tags[tag] = { recommendations: R.filter(has).length, projects: new Set(R.filter(has).map((r) => root(byId.get(r.project_id)).id)).size, byYear };
    }
    const mainByYear = {};
    for (const y of years) {
      const ry = recsOfYear(y);
      mainByYear[y] = { recommendationShare: ry.length ? ry.filter(isMain).length / ry.length : 0 };
    }
    const C = reg.conversations.filter((c) => c.date <= asOf);
    return {
      period: { since, asOf },
      projects: {
        total: rootsUp.length,
        treatments: T.length,
        inPeriod: inPeriod.length,
        inPeriodSharedSolution: inPeriod.filter((x) => yes(x.cur.shared_solution)).length,
        agencies: new Set(T.flatMap((t) => t.agency.split('/').map((s) => s.trim()))).size,
        ministries: new Set(T.map((t) => t.ministry.trim())).size,
        programmes: L.filter((x) => yes(x.cur.programme)).length,
        withCost: withCost.length,
        withoutCost: L.length - withCost.length,
      },
      totals: {
        counted: counted.length,
        costMnok: sum(counted.map((x) => x.cur.cost)),
        benefitMnok: sum(counted.filter((x) => x.cur.benefit !== null).map((x) => x.cur.benefit)),
        costRange: { min: Math.min(...counted.map((x) => x.cur.cost)), max: Math.max(...counted.map((x) => x.cur.cost)) },
        excluded: withCost
          .filter((x) => yes(x.cur.exclude_from_totals))
          .map((x) => ({ id: x.root.id, name: x.cur.name, costMnok: x.cur.cost, benefitMnok: x.cur.benefit })),
      },
      costBands: Object.fromEntries(Object.entries(bands).map(([b, n]) => [b, { count: n, share: withCost.length ? n / withCost.length : 0 }])),
      questions: { total: Q.length },
      recommendations: { total: R.length },
      themes,
      mainThemes: { share: (Q.filter(isMain).length + R.filter(isMain).length) / (Q.length + R.length || 1), byYear: mainByYear },
      tags,
      conversations: { total: C.length, inPeriod: C.filter((c) => c.date > since).length },
    };
  }

  // --- the published checks: the fixture the tests use too ---
  const published = JSON.parse(readFileSync(PUBLISHED, 'utf8'));
  const CHECKS = Object.fromEntries(published.reports.map(({ report, checks }) => [report, checks]));
  const cutoffs = reg.reports.map((r) => [Number(r.year), r.cutoff]).sort((a, b) => a[0] - b[0]);
  const figs = {};
  for (const [i, [year, cutoff]] of cutoffs.entries()) {
    const since = i > 0 ? cutoffs[i - 1][1] : addDays(cutoff, -365);
    const f = figures(cutoff, since);
    figs[year] = f;
    for (const { path, ...cond } of CHECKS[year] ?? []) {
      const v = path.reduce((o, k) => (o == null ? undefined : o[k]), f);
      const pass =
        v !== undefined &&
        ('equals' in cond ? v === cond.equals : true) &&
        ('min' in cond ? v >= cond.min : true) &&
        ('max' in cond ? v <= cond.max : true) &&
        ('contains' in cond ? String(v).includes(cond.contains) : true);
      const want = 'equals' in cond ? `= ${cond.equals}` : 'contains' in cond ? `contains "${cond.contains}"` : `in [${cond.min ?? ''}, ${cond.max ?? ''}]`;
      ok(pass, `${year} ${path.join('.')} = ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : v} (${want})`);
    }
  }
  ok(
    Object.keys(CHECKS).every((y) => figs[y]),
    `reports.csv has the reports ${Object.keys(CHECKS).join(', ')}`,
  );

  // --- how the printed table became the register (the facts about data/ alone are test/data/registers.test.ts) ---
  const dashIds = new Set(printedTable.filter((r) => r.dash).map((r) => r.id));
  const noCost = P.filter((p) => !p.revisit_of && p.cost === null);
  const dashWithCost = [...dashIds].filter((id) => byId.get(id).cost !== null);
  ok(
    dashIds.size === 11 && noCost.length === 8 && noCost.every((p) => dashIds.has(p.id)) && dashWithCost.length === 3,
    `fact: table marks ${dashIds.size} rows '–'; ${noCost.length} of them have no cost estimate, ${dashWithCost.length} have one (${dashWithCost.join(', ')})`,
  );
  ok(
    !P.some((p) => /BarentsWatch/.test(p.agency)) &&
      byId.get('2016-felles-ressursregister').agency === 'Kystverket' &&
      printedTable.find((r) => r.id === '2016-felles-ressursregister').printedAgency === 'Kystverket/BarentsWatch',
    'fact: BarentsWatch (printed "Kystverket/BarentsWatch") is written as Kystverket, the agency that runs it',
  );
  ok(
    P.every((p) => p.agency === registerAgency(printedTable.find((r) => r.id === p.id).printedAgency)),
    'fact: every other agency is written as printed',
  );
  // --- summary ---
  console.log(lines.join('\n'));
  const kommunikasjonByYear = () =>
    [2016, 2017, 2018, 2019]
      .map(
        (yr) =>
          `${yr}: ${figs[2019].tags.kommunikasjon.byYear[yr].count}/${reg.recommendations.filter((r) => dateOf(r.project_id).startsWith(String(yr))).length}`,
      )
      .join(', ');
  console.log(
    `\nwrote ${P.length} treatments, ${reg.questions.length} questions, ${reg.recommendations.length} recommendations, ${reg.conversations.length} conversations, ${reg.reports.length} reports (seed ${SEED})`,
  );
  console.log(
    `kommunikasjon by year ${kommunikasjonByYear()}; recommendations up to 2017-10-25: ${figs[2017].recommendations.total}, up to 2018-10-24: ${figs[2018].recommendations.total}`,
  );
  if (failures.length) {
    console.error(`\n${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`\nall ${lines.length} checks passed`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
