/**
 * Seeded, reproducible benchmark corpora: draft NHS service specifications in
 * the national template's structure (Population Needs, Outcomes, Scope,
 * Standards, Quality requirements, Location), written from varied sentence
 * pools with a seeded PRNG so that no two files are copies.
 *
 *   node bench/corpus.mjs [--quick] [--out <dir>]     generate (or reuse) the corpora and print a summary
 *
 * The same seed always gives the same bytes (Markdown and .docx alike), so
 * figures from different runs and machines are over the same input. Files are
 * written once under bench/.corpus/<generator version>/ and reused.
 *
 * What is generated (see ensureCorpus):
 *   specs/      5,000-word Markdown specifications (in-process figures, textlint and remark comparisons)
 *   docx/       a 50-page (~25,000-word) .docx written directly as OOXML with fflate
 *   repo/       a repository of 1,000 files (about 5% .docx) in commissioner/year folders, ~700 to 3,000 words each
 *   lsp/        a 10,000-word specification for the editor latency bench
 *   small/      a ~700-word specification for cold start
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

/** Bump when the generator changes, so stale corpora are not reused. */
export const GENERATOR_VERSION = 7;
const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = join(here, '.corpus', `v${GENERATOR_VERSION}`);

// ---------------------------------------------------------------------------
// PRNG and helpers
// ---------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for text generation, and identical everywhere. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** n distinct items. */
    some: (list, n) => {
      const copy = [...list];
      const out = [];
      while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
    weighted: (entries) => {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of entries) {
        x -= w;
        if (x < 0) return v;
      }
      return entries[entries.length - 1][0];
    },
  };
  return r;
}

const andList = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const orList = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const wordCount = (s) => (s.match(/\S+/g) ?? []).length;

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const SERVICES = [
  ['Community Diabetes Education Service', 'type 2 diabetes', 'structured education'],
  ['Specialist Stop Smoking Service', 'smoking', 'behavioural support and stop smoking medication'],
  ['Integrated Sexual Health Service', 'sexually transmitted infections', 'testing, treatment and contraception'],
  ['Adult Weight Management Service', 'obesity', 'a 12-week weight management programme'],
  ['Memory Assessment Service', 'dementia', 'assessment and diagnosis'],
  ['NHS Health Check Programme', 'cardiovascular disease', 'a health check with risk assessment'],
  ['NHS Talking Therapies Service', 'common mental health problems', 'psychological therapy'],
  ['Community Podiatry Service', 'diabetic foot disease', 'foot protection and ulcer care'],
  ['Perinatal Mental Health Service', 'perinatal mental illness', 'specialist assessment and treatment'],
  ['Falls Prevention Service', 'falls and fragility fractures', 'strength and balance training'],
  ['Cardiac Rehabilitation Service', 'coronary heart disease', 'exercise-based rehabilitation'],
  ['Community Pulmonary Rehabilitation Service', 'chronic obstructive pulmonary disease', 'pulmonary rehabilitation'],
  ['Drug and Alcohol Recovery Service', 'drug and alcohol dependence', 'treatment and recovery support'],
  ['Hypertension Case-Finding Service', 'high blood pressure', 'blood pressure checks'],
  ['Tuberculosis Screening and Treatment Service', 'latent tuberculosis infection', 'screening and treatment'],
  ['Children’s Speech and Language Therapy Service', 'speech, language and communication needs', 'assessment and therapy'],
  ['Health Visiting Service', 'early childhood health', 'the Healthy Child Programme'],
  ['Social Prescribing Link Worker Service', 'loneliness and social isolation', 'link worker support'],
  ['Breast Screening Outreach Service', 'breast cancer', 'screening invitations and support to attend'],
  ['Community Musculoskeletal Physiotherapy Service', 'musculoskeletal conditions', 'physiotherapy'],
];
const PLACES = ['Westmarsh', 'Oakhurst and Vale', 'Northbridge', 'Eastfield', 'Caldermoor', 'Ashby Cross', 'Harwick', 'Lindenford', 'Brackley Heath', 'Stourmouth', 'Fenwick', 'Greyfriars'];
const COMMISSIONERS = ['Integrated Care Board', 'Borough Council', 'City Council', 'Place-Based Partnership', 'County Council'];
const GROUPS = ['Bangladeshi', 'Pakistani', 'Somali', 'Polish', 'Romanian', 'Black Caribbean', 'Black African', 'Gypsy, Roma and Traveller', 'Chinese', 'Kurdish', 'Eritrean', 'Indian', 'Afghan', 'Ukrainian', 'Irish Traveller', 'Nepali', 'Tamil', 'Lithuanian', 'Yemeni', 'Sudanese'];
const PEOPLE = ['women', 'men', 'older adults', 'families', 'young people', 'carers', 'residents', 'parents', 'patients', 'adults'];
const LANGUAGES = ['Sylheti', 'Urdu', 'Punjabi', 'Polish', 'Somali', 'Romanian', 'Arabic', 'Tigrinya', 'Bengali', 'Cantonese', 'Kurdish Sorani', 'Dari', 'Pashto', 'Gujarati', 'Tamil', 'Lithuanian', 'Portuguese', 'Ukrainian'];
const VENUES = ['the Shahporan Mosque community room', 'the Polish Social Club on Fenn Road', 'St Anne’s Church Hall', 'the Eastfield Gurdwara', 'the Somali Community Association', 'the Caldermoor Family Hub', 'the Riverside Library', 'the Sangam Centre', 'the Traveller site at Mill Lane', 'the Harwick Leisure Centre', 'the Brackley Heath children’s centre', 'the Lindenford Refugee Welcome Centre'];
const VCFS = ['the Council of Mosques', 'the Somali Women’s Network', 'the Roma Support Group', 'the Polish Association', 'the Black Caribbean Elders Forum', 'the Refugee Forum', 'the local Healthwatch', 'the Traveller Movement', 'the Chinese Community Centre', 'the Bangladeshi Women’s Association', 'the Kurdish Community Centre', 'the African Caribbean Carers Group'];
const WORKERS = ['health trainer', 'community link worker', 'nurse', 'adviser', 'peer supporter', 'health visitor', 'practitioner', 'therapist', 'community navigator'];
const MECHANISMS = [
  'professional interpreters',
  'bilingual staff',
  'community link workers',
  'sessions at community venues',
  'women-only sessions',
  'evening and weekend clinics',
  'written information in community languages and easy read',
  'longer appointments with an interpreter',
  'a peer support programme',
  'outreach at places of worship',
  'text message reminders in the client’s preferred language',
  'culturally adapted course materials',
];
const KPIS = [
  'uptake of the first appointment',
  'completion of the programme',
  'the did-not-attend rate',
  'waiting time from referral to assessment',
  'patient-reported experience',
  'the four-week quit rate',
  'the proportion of referrals seen within 18 weeks',
  'the recovery rate',
  'the diagnosis rate',
  'attendance at structured education',
  'screening coverage',
  'the proportion of eligible people invited',
  'reliable improvement',
  'self-referrals',
  're-referrals within 12 months',
];
const FREQS = ['each quarter', 'every month', 'annually', 'twice a year', 'every six months', 'quarterly'];
const STANDARDS = [
  'NICE guideline NG28: Type 2 diabetes in adults: management',
  'NICE guideline NG209: Tobacco: preventing uptake, promoting quitting and treating dependence',
  'NICE guideline NG97: Dementia: assessment, management and support',
  'NICE guideline NG115: Chronic obstructive pulmonary disease in over 16s',
  'NICE guideline NG136: Hypertension in adults: diagnosis and management',
  'NICE quality standard QS167: Promoting health and preventing premature mortality in black, Asian and other minority ethnic groups',
  'NICE public health guideline PH46: BMI: preventing ill health and premature death in black, Asian and other minority ethnic groups',
  'Accessible Information Standard (DCB1605)',
  'NHS England Guidance for commissioners: Interpreting and Translation Services in Primary Care',
  'Equality Act 2010 and the Public Sector Equality Duty',
  'Care Quality Commission fundamental standards',
  'Data Security and Protection Toolkit',
  'NHS Constitution for England',
  'Core20PLUS5: an approach to reducing healthcare inequalities',
  'Safeguarding Children, Young People and Adults at Risk in the NHS: Safeguarding Accountability and Assurance Framework',
  'National Centre for Smoking Cessation and Training standard',
  'Mental Capacity Act 2005 Code of Practice',
];

// ---------------------------------------------------------------------------
// Sentence pools
// ---------------------------------------------------------------------------

/** Context for one document: its service, place and the groups it talks about. */
function makeContext(r) {
  const [service, condition, intervention] = r.pick(SERVICES);
  const place = r.pick(PLACES);
  return { r, service, condition, intervention, place, groups: r.some(GROUPS, 5), languages: r.some(LANGUAGES, 5), venues: r.some(VENUES, 4), vcfs: r.some(VCFS, 4), recent: [] };
}

const pct = (r, lo = 4, hi = 96) => `${r.int(lo, hi)}${r.chance(0.3) ? `.${r.int(0, 9)}` : ''}%`;
const num = (r, lo, hi) => r.int(lo, hi).toLocaleString('en-GB');
const year = (r) => r.int(2022, 2026);
const finYear = (r) => {
  const y = year(r);
  return `${y}/${String(y + 1).slice(2)}`;
};
const g = (c) => c.r.pick(c.groups);
const lang = (c) => c.r.pick(c.languages);
const people = (c) => c.r.pick(PEOPLE);

/** Each pool is a list of functions returning one sentence. */
const POOLS = {
  vague: [
    (c) => `The service will be accessible to all, regardless of ${c.r.pick(['background', 'ethnicity', 'culture', 'circumstances', 'faith'])}.`,
    (c) => `${cap(c.r.pick(['staff', 'advisers', 'practitioners', 'clinicians']))} will be culturally ${c.r.pick(['competent', 'sensitive', 'aware'])} and responsive to the needs of our diverse communities.`,
    (c) => `The provider will promote equality and diversity in all aspects of ${c.r.pick(['service delivery', 'its work', 'the service'])}.`,
    (c) => `Care will be provided on an equitable basis to every ${c.r.pick(['patient', 'service user', 'client', 'resident'])}, irrespective of where they live or their background.`,
    (c) => `The provider will ensure that no one is disadvantaged in accessing the ${c.r.pick(['service', 'programme', 'clinic'])}.`,
    (c) => `The service aims to reduce health inequalities across ${c.place}.`,
    (c) => `The provider will deliver an inclusive service that is welcoming to people from all backgrounds.`,
    (c) => `${cap(c.r.pick(['all service users', 'patients', 'clients']))} will be treated fairly, whatever their background.`,
    (c) => `Services will be sensitive to the cultural and religious needs of ${c.r.pick(['patients', 'service users', 'families'])}.`,
    (c) => `Equality and diversity will be embedded in ${c.r.pick(['all aspects of the service', 'the provider’s policies', 'everything the service does'])}.`,
    (c) => `The ${c.r.pick(['service', 'provider'])} will meet the diverse needs of the local population.`,
    (c) => `Every effort will be made to ensure that the service reaches hard-to-reach groups.`,
    (c) => `${c.service} will be delivered in a culturally appropriate manner.`,
    (c) => `The service will be person-centred and accessible to people of all backgrounds.`,
    (c) => `Equality of access will be ensured for all groups in ${c.place}.`,
    (c) => `The provider is committed to tackling health inequalities and will treat everyone equally.`,
  ],
  specific: [
    (c) => `The provider will offer ${c.r.pick(MECHANISMS)} for ${g(c)} ${people(c)}, and will report ${c.r.pick(KPIS)} by ethnic group ${c.r.pick(FREQS)} against the ${c.place} population.`,
    (c) => `A ${lang(c)}-speaking ${c.r.pick(WORKERS)} will hold a ${c.r.pick(['weekly', 'fortnightly', 'monthly'])} clinic at ${c.r.pick(c.venues)}.`,
    (c) => {
      const [a, b] = c.r.some(c.languages, 2);
      return `Professional interpreters in ${a} and ${b} will be booked for every appointment where a need is recorded, and family members will not be asked to interpret.`;
    },
    (c) => `By the end of year ${c.r.pick(['one', 'two', 'three'])}, ${c.r.pick(KPIS)} for ${g(c)} ${people(c)} will be within ${c.r.pick(['three', 'five'])} percentage points of the overall rate.`,
    (c) => `At least ${pct(c.r, 15, 45)} of new clients will be from ${andList(c.r.some(c.groups, 3))} communities by the end of year two, in line with their share of the eligible population.`,
    (c) => `The provider will employ ${c.r.pick(['two', 'three', 'four'])} community link workers from the ${andList(c.r.some(c.groups, 2))} communities to support people to attend, and will report the number of people each supports ${c.r.pick(FREQS)}.`,
    (c) => `Sessions will be held at ${andList(c.r.some(c.venues, 2))}, chosen with the community panel, and attendance will be reported by ethnic group ${c.r.pick(FREQS)}.`,
    (c) => `Written information will be provided in ${andList(c.r.some(c.languages, 4))} and easy read, and a telephone interpreter will be available for every contact.`,
    (c) => `Where ${c.r.pick(KPIS)} for any ethnic group is more than five percentage points below the overall figure for two consecutive quarters, the provider will agree an action plan with the commissioner within 30 days.`,
    (c) => `The provider will review waiting times for ${g(c)} patients every six months with ${c.r.pick(c.vcfs)}.`,
    (c) => `Women-only sessions led by female ${c.r.pick(['advisers', 'practitioners', 'health trainers'])} who speak ${lang(c)} will run at ${c.r.pick(c.venues)} ${c.r.pick(['every week', 'each fortnight'])}.`,
  ],
  operational: [
    (c) => `Referrals will be accepted from GPs, ${c.r.pick(['community nurses', 'pharmacists', 'social prescribers', 'hospital teams'])} and by self-referral, by telephone, online or through the NHS e-Referral Service.`,
    (c) => `All referrals will be triaged within ${c.r.pick(['two', 'three', 'five'])} working days, and urgent referrals on the day they are received.`,
    (c) => `The service will operate from ${c.r.int(8, 9)}am to ${c.r.int(5, 8)}pm on weekdays, with ${c.r.pick(['one late evening', 'two evening sessions', 'a Saturday morning clinic'])} each week.`,
    (c) => `The provider will maintain a workforce of appropriately trained and registered staff, with clinical supervision at least ${c.r.pick(['monthly', 'every six weeks', 'quarterly'])}.`,
    (c) => `All staff will complete ${c.r.pick(['basic life support', 'safeguarding level 2', 'information governance', 'mental capacity', 'infection prevention and control'])} training ${c.r.pick(['annually', 'every three years', 'at induction and every two years'])}.`,
    (c) => `Clinical records will be kept in ${c.r.pick(['SystmOne', 'EMIS Community', 'Rio', 'the provider’s electronic patient record'])} and shared with the patient’s GP within ${c.r.pick(['five', 'seven', 'ten'])} working days of discharge.`,
    (c) => `The provider will comply with the ${c.r.pick(['Data Security and Protection Toolkit', 'UK General Data Protection Regulation', 'NHS Records Management Code of Practice'])}.`,
    (c) => `Safeguarding concerns will be raised in line with the ${c.place} Safeguarding ${c.r.pick(['Adults Board', 'Children Partnership'])} procedures, and the provider will have a named safeguarding lead.`,
    (c) => `Patients who do not attend will be contacted within ${c.r.pick(['two', 'three'])} working days and offered a further appointment before being discharged back to their GP.`,
    (c) => `The provider will deliver ${c.intervention} in line with the relevant NICE guidance and will keep its pathways under review as guidance changes.`,
    (c) => `Each client will have a personalised care plan agreed at the first appointment and reviewed at ${c.r.pick(['six weeks', 'three months', 'each review'])}.`,
    (c) => `The provider will hold a ${c.r.pick(['monthly', 'quarterly'])} contract review meeting with the commissioner, and will report incidents through the Learning from Patient Safety Events service.`,
    (c) => `Premises will meet the requirements of the Equality Act 2010 for physical access, with step-free access, accessible toilets and a hearing loop at reception.`,
    (c) => `The provider will give at least ${c.r.pick(['three', 'six'])} months’ notice of any planned change to service locations or opening hours.`,
    (c) => `Appointments will last ${c.r.pick(['30', '45', '60'])} minutes for a first assessment and ${c.r.pick(['20', '30'])} minutes for follow-up.`,
    (c) => `The service will be led by a ${c.r.pick(['consultant', 'clinical lead', 'service manager', 'lead nurse'])} with at least ${c.r.pick(['three', 'five'])} years’ experience in ${c.condition}.`,
    (c) => `The provider will take part in the national ${c.r.pick(['audit', 'data collection', 'minimum dataset return'])} for ${c.condition} and share the results with the commissioner.`,
    (c) => `Complaints will be handled under the NHS complaints procedure, and a summary of complaints and compliments will be reported ${c.r.pick(FREQS)}.`,
    (c) => `Digital appointments by video or telephone will be offered to clients who prefer them, but will not replace face-to-face appointments for those who need them.`,
    (c) => `Medicines will be prescribed and supplied in line with ${c.r.pick(['patient group directions', 'the local formulary', 'the provider’s medicines management policy'])}.`,
  ],
  needs: [
    (c) => `Adult prevalence of ${c.condition} in ${c.place} is ${pct(c.r, 5, 25)}, against ${pct(c.r, 5, 20)} for England.`,
    (c) => `The ${year(c.r)} needs assessment found that ${g(c)} ${people(c)} were ${c.r.pick(['twice', 'three times', 'one and a half times'])} as likely as the ${c.place} average to be affected by ${c.condition}.`,
    (c) => `Around ${num(c.r, 800, 18000)} people in ${c.place} are estimated to be living with ${c.condition}, of whom ${pct(c.r, 30, 80)} have been identified.`,
    (c) => `The population of ${c.place} is ${pct(c.r, 12, 48)} minority ethnic, the largest groups being ${andList(c.r.some(c.groups, 3))} residents.`,
    (c) => `Uptake of ${c.intervention} in ${finYear(c.r)} was ${pct(c.r, 20, 70)} overall but ${pct(c.r, 5, 30)} among ${g(c)} ${people(c)}.`,
    (c) => `Information on the ethnicity of people referred to the service is not currently available and has not been included in this needs assessment.`,
    (c) => `${cap(c.condition)} is more common in the most deprived fifth of neighbourhoods, where rates are ${c.r.pick(['almost double', 'about a third higher than', 'two and a half times'])} those in the least deprived.`,
    (c) => `One client in ${c.r.int(5, 12)} needed an interpreter in ${year(c.r)}, most often in ${orList(c.r.some(c.languages, 3))}.`,
    (c) => `National evidence shows that ${c.intervention} reduces the risk of complications, and that the benefit is greatest for people who complete the programme.`,
    (c) => `The population is becoming increasingly diverse, and the provider should be aware of this.`,
    (c) => `Ethnicity was recorded for only ${pct(c.r, 40, 75)} of referrals in ${year(c.r)}, so differences between groups could not be measured reliably.`,
    (c) => `Data on ${c.r.pick(['ethnicity', 'first language', 'religion'])} are incomplete, and the provider will not be expected to report them until the new clinical system is in place.`,
  ],
  engagement: [
    (c) => `The provider will work with ${andList(c.r.some(c.vcfs, 2))} to co-design ${c.r.pick(['the service model', 'information materials', 'session times and venues'])} before the service starts.`,
    (c) => `A community reference group of ${g(c)} and ${g(c)} residents will meet ${c.r.pick(FREQS)} to review ${c.r.pick(['access data', 'feedback', 'the action plan'])} and advise on changes.`,
    (c) => `The provider will involve service users in the development of the service where appropriate and will take account of their views.`,
    (c) => `Listening events will be held at ${c.r.pick(c.venues)} in the first six months, with interpreters in ${andList(c.r.some(c.languages, 2))}, and what changed as a result will be reported to the commissioner.`,
    (c) => `The provider will fund ${c.r.pick(['two', 'three'])} voluntary, community and faith sector organisations to run outreach with ${g(c)} and ${g(c)} communities, and will report on it ${c.r.pick(FREQS)}.`,
    (c) => `Feedback will be gathered through the Friends and Family Test, available in ${andList(c.r.some(c.languages, 3))}, and analysed by ethnic group.`,
    (c) => `Patients and carers will be invited to give feedback on the service.`,
    (c) => `The provider will engage with local communities as appropriate.`,
    (c) => `Engagement with ${g(c)} ${people(c)} will be led by peer researchers recruited from ${c.r.pick(c.vcfs)}, who will be paid for their time.`,
  ],
  recording: [
    (c) => `Ethnicity will be recorded for every client using the national ethnic category codes, as stated by the client, with completeness of at least ${pct(c.r, 90, 98)}.`,
    (c) => `Ethnicity will be recorded where possible.`,
    (c) => `Preferred language and interpreter need will be recorded at referral and carried on every onward referral.`,
    (c) => `The provider will report the completeness of ethnicity recording ${c.r.pick(FREQS)}, and will agree an improvement plan if it falls below 90%.`,
  ],
  deferral: [
    (c) => `The provider will determine the most appropriate way to meet the needs of different communities.`,
    (c) => `It is for the provider to decide how best to reach ${c.r.pick(['under-served groups', 'groups with low uptake', 'people who do not currently use the service'])}.`,
    (c) => `The provider will be expected to develop its own approach to equality and diversity.`,
  ],
  assessment: [
    (c) => `An equality impact assessment has been completed and no negative impact was identified.`,
    (c) => `An equality and health inequalities impact assessment was carried out in ${year(c.r)}; it found that ${g(c)} ${people(c)} had the lowest ${c.r.pick(KPIS)}, and the actions in section 3.2 respond to it.`,
    (c) => `The provider will complete an equality impact assessment within ${c.r.pick(['three', 'six'])} months of the contract start.`,
  ],
};

// ---------------------------------------------------------------------------
// Document model: blocks of { type: 'heading'|'para'|'list'|'table' }
// ---------------------------------------------------------------------------

/** A template not used in the document's last few sentences, where the pool allows. */
function sentence(c, pool) {
  const list = POOLS[pool];
  let template = c.r.pick(list);
  for (let tries = 0; tries < 6 && c.recent.includes(template); tries++) template = c.r.pick(list);
  c.recent.push(template);
  if (c.recent.length > 24) c.recent.shift();
  return template(c);
}

function paragraph(c, mix, sentences) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(c, c.r.weighted(mix)));
  return out.join(' ');
}

const MIX = {
  needs: [['needs', 6], ['operational', 1], ['vague', 1]],
  aims: [['vague', 3], ['specific', 2], ['operational', 2]],
  description: [['operational', 6], ['specific', 2], ['vague', 1], ['deferral', 0.5]],
  population: [['operational', 3], ['vague', 1], ['needs', 1]],
  engagement: [['engagement', 5], ['vague', 1]],
  equality: [['vague', 2], ['assessment', 2], ['recording', 1], ['specific', 1], ['deferral', 1]],
  quality: [['operational', 3], ['recording', 2], ['specific', 1]],
};

const DESCRIPTION_TOPICS = [
  'Referral and access', 'Assessment', 'Treatment and interventions', 'Care planning', 'Discharge and follow-up', 'Workforce and training',
  'Interpreting and translation', 'Information and communication', 'Safeguarding', 'Clinical governance', 'Records and information sharing',
  'Digital access', 'Premises and locations', 'Outreach', 'Partnership working', 'Medicines', 'Incidents and complaints', 'Carers',
  'Transition between services', 'Waiting list management', 'Group sessions', 'Home visits', 'Self-referral', 'Patient experience',
];

function kpiTable(c, rows) {
  const header = ['Indicator', 'Target', c.r.pick(['Frequency', 'Reporting'])];
  const body = [];
  for (let i = 0; i < rows; i++) {
    const kpi = cap(c.r.pick(KPIS));
    const broken = c.r.chance(0.45);
    const indicator = broken ? `${kpi}, by ${c.r.pick(['ethnic group', 'ethnic group and deprivation quintile', 'ethnic group and sex'])}` : kpi;
    const target = broken && c.r.chance(0.6)
      ? `${pct(c.r, 50, 95)} overall; no ethnic group more than ${c.r.pick(['3', '5'])} percentage points below`
      : c.r.chance(0.7) ? pct(c.r, 40, 98) : `${num(c.r, 100, 3000)} a year`;
    body.push([indicator, target, cap(c.r.pick(['quarterly', 'monthly', 'annually', 'six-monthly']))]);
  }
  return { type: 'table', rows: [header, ...body] };
}

function domainsTable(c) {
  const rows = [['Domain', 'Applies']];
  ['Domain 1: Preventing people from dying prematurely', 'Domain 2: Enhancing quality of life for people with long-term conditions', 'Domain 3: Helping people to recover from episodes of ill health or following injury', 'Domain 4: Ensuring that people have a positive experience of care', 'Domain 5: Treating and caring for people in a safe environment and protecting them from avoidable harm'].forEach((d) => rows.push([d, c.r.chance(0.6) ? 'X' : '']));
  return { type: 'table', rows };
}

/**
 * One specification of about `words` words (±3%).
 * Returns { title, blocks, words }.
 */
export function generateSpec(seed, words) {
  const r = prng(seed);
  const c = makeContext(r);
  const blocks = [];
  let count = 0;
  const add = (block) => {
    blocks.push(block);
    if (block.type === 'heading' || block.type === 'para') count += wordCount(block.text);
    else if (block.type === 'list') count += block.items.reduce((n, t) => n + wordCount(t), 0);
    else count += block.rows.flat().reduce((n, t) => n + wordCount(t), 0);
  };
  // Short specifications (local schemes, variations) keep the template's
  // sections but say less in each.
  const short = words < 3000;
  const para = (mix, lo = 2, hi = 5) => add({ type: 'para', text: paragraph(c, mix, short ? r.int(1, Math.max(1, lo)) : r.int(lo, hi)) });
  const title = `Service Specification${r.chance(0.4) ? ` No. ${r.int(1, 40)}` : ''}: ${c.service}`;
  add({ type: 'heading', level: 1, text: title });
  const start = r.int(2026, 2028);
  add({
    type: 'table',
    rows: [
      ['', ''],
      ['Service', c.service],
      ['Commissioner lead', `${r.pick(['Commissioning Manager', 'Consultant in Public Health', 'Head of Commissioning', 'Public Health Principal'])}, ${c.place} ${r.pick(COMMISSIONERS)}`],
      ['Provider lead', r.pick(['Service Manager', 'Clinical Director', 'Head of Community Services', 'Operations Manager'])],
      ['Period', `1 April ${start} to 31 March ${start + r.int(2, 5)}`],
    ],
  });

  // Budgets as shares of the target length; the description takes the rest.
  const budget = (share) => count + words * share;
  const fill = (share, mix, lo, hi) => {
    const end = budget(share);
    do para(mix, lo, hi);
    while (count < end);
  };
  add({ type: 'heading', level: 2, text: '1. Population Needs' });
  add({ type: 'heading', level: 3, text: '1.1 National context and evidence base' });
  fill(0.05, MIX.needs, 2, 5);
  add({ type: 'heading', level: 3, text: r.pick(['1.2 Local context and evidence base', '1.2 Local context']) });
  fill(0.08, MIX.needs, 3, 6);

  add({ type: 'heading', level: 2, text: '2. Outcomes' });
  if (!short || r.chance(0.4)) {
    add({ type: 'heading', level: 3, text: '2.1 NHS Outcomes Framework domains' });
    add(domainsTable(c));
  }
  add({ type: 'heading', level: 3, text: '2.2 Local defined outcomes' });
  add(kpiTable(c, short ? r.int(2, 4) : r.int(4, 9)));
  if (!short) para(MIX.quality, 1, 3);

  add({ type: 'heading', level: 2, text: '3. Scope' });
  add({ type: 'heading', level: 3, text: r.pick(['3.1 Aims and objectives of service', '3.1 Aims and objectives']) });
  fill(0.06, MIX.aims, 1, 3);
  add({ type: 'heading', level: 3, text: '3.2 Service description' });
  const descriptionEnd = budget(0.55);
  const topics = r.some(DESCRIPTION_TOPICS, DESCRIPTION_TOPICS.length);
  for (let k = 0; count < descriptionEnd; k++) {
    add({ type: 'heading', level: 4, text: `3.2.${k + 1} ${topics[k % topics.length]}` });
    const n = short ? r.int(1, 2) : r.int(2, 4);
    for (let i = 0; i < n; i++) para(MIX.description, 2, 5);
    if (r.chance(short ? 0.15 : 0.3)) {
      const items = [];
      for (let i = r.int(3, 6); i > 0; i--) items.push(sentence(c, 'operational').replace(/\.$/, ''));
      add({ type: 'list', ordered: r.chance(0.3), items });
    }
  }
  add({ type: 'heading', level: 3, text: '3.3 Population covered' });
  fill(0.04, MIX.population, 1, 3);
  add({ type: 'heading', level: 3, text: '3.4 Any acceptance and exclusion criteria and thresholds' });
  para(MIX.population, 1, 3);
  if (!short) add({ type: 'list', ordered: false, items: r.some(['People under 18, who are seen by the children’s service', 'People already receiving the same intervention elsewhere', 'People who are acutely unwell, who should be directed to urgent care', 'People not registered with a GP in the area, unless they live in it', 'People who have completed the programme in the last 12 months'], r.int(2, 4)) });
  add({ type: 'heading', level: 3, text: r.pick(['3.5 Engagement with communities', '3.5 Stakeholder engagement', '3.5 Patient and public involvement']) });
  fill(0.06, MIX.engagement, 2, 4);
  add({ type: 'heading', level: 3, text: r.pick(['3.6 Equality and diversity', '3.6 Equality impact assessment', '3.6 Health inequalities']) });
  fill(0.05, MIX.equality, 1, 3);
  if (!short) {
    add({ type: 'heading', level: 3, text: '3.7 Interdependence with other services' });
    para(MIX.description, 2, 4);
  }

  add({ type: 'heading', level: 2, text: '4. Applicable Service Standards' });
  add({ type: 'heading', level: 3, text: '4.1 Applicable national standards' });
  add({ type: 'list', ordered: false, items: r.some(STANDARDS, short ? r.int(2, 4) : r.int(4, 8)) });
  if (!short) {
    add({ type: 'heading', level: 3, text: '4.2 Applicable local standards' });
    add({ type: 'list', ordered: false, items: [`${c.place} Health and Wellbeing Strategy ${start - 1} to ${start + 4}`, `${c.place} Joint Strategic Needs Assessment`] });
  }

  add({ type: 'heading', level: 2, text: '5. Applicable quality requirements and CQUIN goals' });
  if (!short) add(kpiTable(c, r.int(3, 6)));
  // Fill to the target with quality and description paragraphs.
  do para(r.chance(0.5) ? MIX.quality : MIX.description, 2, 4);
  while (count < words * 0.97);

  add({ type: 'heading', level: 2, text: '6. Location of Provider Premises' });
  add({ type: 'para', text: `The service will be delivered from ${andList(c.venues.slice(0, 2))} and from other community venues in ${c.place} agreed with the commissioner.` });
  return { title, blocks, words: count };
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

const mdCell = (s) => s.replace(/\|/g, '\\|');

export function toMarkdown(doc) {
  const out = [];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'para':
        out.push(b.text);
        break;
      case 'list':
        out.push(b.items.map((t, i) => (b.ordered ? `${i + 1}. ${t}` : `- ${t}`)).join('\n'));
        break;
      case 'table': {
        const [head, ...rows] = b.rows;
        const lines = [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
        for (const row of rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
        out.push(lines.join('\n').replace(/ {2,}/g, ' '));
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// .docx, written directly as OOXML
// ---------------------------------------------------------------------------

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const hex = (r) => r.int(0, 0xffffff).toString(16).toUpperCase().padStart(8, '0');

/** A paragraph's runs, split at a few word boundaries as Word does (spell-check, edits), with run properties. */
function runs(r, text) {
  const words = text.split(' ');
  const pieces = [];
  let at = 0;
  while (at < words.length) {
    const n = r.int(4, 24);
    pieces.push(words.slice(at, at + n).join(' ') + (at + n < words.length ? ' ' : ''));
    at += n;
  }
  return pieces
    .map((p) => `<w:r w:rsidR="${hex(r)}"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${esc(p)}</w:t></w:r>`)
    .join('');
}

function docxParagraph(r, text, props = '') {
  return `<w:p w:rsidR="${hex(r)}" w:rsidRDefault="${hex(r)}"><w:pPr>${props}<w:spacing w:after="120"/></w:pPr>${runs(r, text)}</w:p>`;
}

export function toDocx(doc, seed = 1) {
  const r = prng(seed ^ 0x5eed);
  const body = [];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        body.push(docxParagraph(r, b.text, `<w:pStyle w:val="${b.level === 1 ? 'Title' : `Heading${b.level - 1}`}"/>`));
        break;
      case 'para':
        body.push(docxParagraph(r, b.text));
        break;
      case 'list':
        for (const item of b.items) body.push(docxParagraph(r, item, `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${b.ordered ? 2 : 1}"/></w:numPr>`));
        break;
      case 'table': {
        const cols = b.rows[0].length;
        const width = Math.floor(9000 / cols);
        const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
        const rows = b.rows.map((row, i) => {
          const trPr = i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
          const cells = row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${docxParagraph(r, cell, i === 0 ? '<w:keepNext/>' : '')}</w:tc>`).join('');
          return `<w:tr w:rsidR="${hex(r)}">${trPr}${cells}</w:tr>`;
        });
        body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`);
        body.push(docxParagraph(r, ''));
        break;
      }
    }
  }
  const documentXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const heading = (id, name, level, size) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  const stylesXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>` +
    heading('Heading1', 'heading 1', 0, 32) +
    heading('Heading2', 'heading 2', 1, 28) +
    heading('Heading3', 'heading 3', 2, 24) +
    `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>` +
    `</w:styles>`;
  const level = (fmt, text) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`;
  const numberingXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">` +
    `<w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const rootRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
  const documentRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
  const core =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:title>${esc(doc.title)}</dc:title><dc:creator>speclint bench</dc:creator></cp:coreProperties>`;
  // A fixed mtime keeps the bytes reproducible.
  const mtime = new Date(Date.UTC(2026, 0, 1));
  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(rootRels),
      'docProps/core.xml': strToU8(core),
      'word/document.xml': strToU8(documentXml),
      'word/styles.xml': strToU8(stylesXml),
      'word/numbering.xml': strToU8(numberingXml),
      'word/_rels/document.xml.rels': strToU8(documentRels),
    },
    { level: 6, mtime },
  );
}

// ---------------------------------------------------------------------------
// Corpora on disk
// ---------------------------------------------------------------------------

const ORGS = ['westmarsh-icb', 'oakhurst-vale-place', 'northbridge-council', 'eastfield-icb', 'caldermoor-council', 'ashby-cross-pcn', 'harwick-icb', 'lindenford-council'];

export const SIZES = {
  full: { specs: 40, repoFiles: 1000 },
  quick: { specs: 4, repoFiles: 24 },
};

function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function slug(s) {
  return s.toLowerCase().replace(/’/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * A repository of `files` files in commissioner/year folders, about 5% .docx.
 * Sizes are log-uniform between short local schemes (~700 words) and full
 * specifications (~3,000), about 1,300 words on average: the scale of the
 * issue's reference workload (specifications of 7.5 KB each).
 */
function writeRepo(dir, files, seed) {
  const r = prng(seed);
  const list = [];
  let words = 0;
  for (let i = 0; i < files; i++) {
    // Log-uniform sizes: many short local specifications, a few long ones.
    const size = Math.round(Math.exp(Math.log(300) + r.next() * (Math.log(3000) - Math.log(300))));
    const doc = generateSpec(seed * 7919 + i, size);
    words += doc.words;
    const docx = i % 20 === 7; // exactly 1 in 20
    const name = `${slug(doc.title.replace(/^Service Specification( No\. \d+)?: /, ''))}-${String(i).padStart(4, '0')}.${docx ? 'docx' : 'md'}`;
    const path = join(dir, r.pick(ORGS), String(r.int(2024, 2027)), name);
    writeAtomic(path, docx ? toDocx(doc, seed + i) : toMarkdown(doc));
    list.push(relative(dir, path));
  }
  return { files: list, words };
}

function manifestOk(path, expect) {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    return m.version === GENERATOR_VERSION && JSON.stringify(m.params) === JSON.stringify(expect) && m.complete === true;
  } catch {
    return false;
  }
}

/**
 * Generates whatever is missing and returns the paths. `quick` makes the small
 * sets only (the 50-page .docx, the 10,000-word and small documents are always made).
 */
export function ensureCorpus({ quick = false, root = DEFAULT_ROOT, log = () => {} } = {}) {
  const size = quick ? SIZES.quick : SIZES.full;
  const out = { root };

  // 5,000-word specifications.
  const specsDir = join(root, quick ? 'specs-quick' : 'specs');
  const specsManifest = join(specsDir, 'manifest.json');
  const specsParams = { count: size.specs, words: 5000, seed: 1000 };
  if (!manifestOk(specsManifest, specsParams)) {
    log(`generating ${size.specs} 5,000-word specifications`);
    rmSync(specsDir, { recursive: true, force: true });
    const files = [];
    let words = 0;
    for (let i = 0; i < size.specs; i++) {
      const doc = generateSpec(specsParams.seed + i, 5000);
      words += doc.words;
      const path = join(specsDir, `spec-${String(i + 1).padStart(3, '0')}.md`);
      writeAtomic(path, toMarkdown(doc));
      files.push(path);
    }
    writeAtomic(specsManifest, JSON.stringify({ version: GENERATOR_VERSION, params: specsParams, files: files.map((f) => relative(specsDir, f)), words, complete: true }, null, 2));
  }
  out.specs = JSON.parse(readFileSync(specsManifest, 'utf8')).files.map((f) => join(specsDir, f));

  // One 50-page .docx (~25,000 words).
  const docxPath = join(root, 'docx', 'fifty-pages.docx');
  const docxManifest = join(root, 'docx', 'manifest.json');
  const docxParams = { words: 25000, seed: 50 };
  if (!manifestOk(docxManifest, docxParams) || !existsSync(docxPath)) {
    log('generating the 50-page .docx');
    const doc = generateSpec(docxParams.seed, docxParams.words);
    writeAtomic(docxPath, toDocx(doc, docxParams.seed));
    writeAtomic(join(root, 'docx', 'fifty-pages.md'), toMarkdown(doc));
    writeAtomic(docxManifest, JSON.stringify({ version: GENERATOR_VERSION, params: docxParams, words: doc.words, complete: true }, null, 2));
  }
  out.docx = docxPath;
  out.docxWords = JSON.parse(readFileSync(docxManifest, 'utf8')).words;

  // The repository.
  const repoDir = join(root, quick ? 'repo-quick' : 'repo');
  const repoManifest = join(root, quick ? 'repo-quick.json' : 'repo.json');
  const repoParams = { files: size.repoFiles, seed: 20260 };
  if (!manifestOk(repoManifest, repoParams)) {
    log(`generating a repository of ${size.repoFiles} files`);
    rmSync(repoDir, { recursive: true, force: true });
    const { files, words } = writeRepo(repoDir, size.repoFiles, repoParams.seed);
    writeAtomic(repoManifest, JSON.stringify({ version: GENERATOR_VERSION, params: repoParams, files, words, complete: true }, null, 2));
  }
  const repo = JSON.parse(readFileSync(repoManifest, 'utf8'));
  out.repo = repoDir;
  out.repoFiles = repo.files.map((f) => join(repoDir, f));
  out.repoWords = repo.words;

  // 10,000 words for the editor, and a small file for cold start.
  const lspPath = join(root, 'lsp', 'ten-thousand-words.md');
  const smallPath = join(root, 'small', 'small-spec.md');
  if (!existsSync(lspPath)) writeAtomic(lspPath, toMarkdown(generateSpec(10000, 10000)));
  if (!existsSync(smallPath)) writeAtomic(smallPath, toMarkdown(generateSpec(700, 500)));
  out.lsp = lspPath;
  out.small = smallPath;
  return out;
}

function dirSize(dir) {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) bytes += statSync(join(e.parentPath ?? e.path, e.name)).size;
  return bytes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const root = outAt >= 0 ? args[outAt + 1] : DEFAULT_ROOT;
  const t = performance.now();
  const c = ensureCorpus({ quick: args.includes('--quick'), root, log: (m) => console.error(`corpus: ${m}`) });
  const md = c.repoFiles.filter((f) => f.endsWith('.md')).length;
  console.log(`corpus in ${c.root} (${Math.round(performance.now() - t)} ms)`);
  console.log(`  specs: ${c.specs.length} files, ${(dirSize(dirname(c.specs[0])) / 1024).toFixed(0)} KB`);
  console.log(`  docx:  ${c.docx} (${c.docxWords.toLocaleString('en-GB')} words, ${(statSync(c.docx).size / 1024).toFixed(0)} KB)`);
  console.log(`  repo:  ${c.repoFiles.length} files (${md} Markdown, ${c.repoFiles.length - md} .docx), ${c.repoWords.toLocaleString('en-GB')} words, ${(dirSize(c.repo) / 1024 / 1024).toFixed(1)} MB`);
  console.log(`  lsp:   ${c.lsp} (${wordCount(readFileSync(c.lsp, 'utf8')).toLocaleString('en-GB')} words)`);
  console.log(`  small: ${c.small} (${wordCount(readFileSync(c.small, 'utf8')).toLocaleString('en-GB')} words)`);
}
