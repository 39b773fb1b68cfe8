/**
 * The demo mentees. The two named sign-ins are written out in full; the rest are compact
 * roster lines (name, hospital, discipline, extra languages, manager) whose career stage,
 * goals and availability people.ts fills in from a per-person seeded PRNG.
 */
import { type HospitalCode, personEmail } from './network.ts';
import type { PersonSeed } from './people.ts';
import type { SeedProfession, Specialty } from './vocabulary.ts';

type RosterLine = readonly [
  firstName: string,
  lastName: string,
  hospital: HospitalCode,
  profession: SeedProfession,
  specialty: Specialty,
  extraLanguages: readonly string[],
  managerEmail?: string,
];

const managedBy = (first: string, last: string, hospital: HospitalCode) => personEmail(first, last, hospital);
const HALE = managedBy('Gregory', 'Hale', 'SMH');
const WALSH = managedBy('Teresa', 'Walsh', 'SMH');
// Hannah Brooks reports to Rosa Delgado, who reports to Teresa Walsh: an indirect line.
const DELGADO = managedBy('Rosa', 'Delgado', 'SMH');
const FOSTER = managedBy('Linda', 'Foster', 'PCH');
const LINDGREN = managedBy('Robert', 'Lindgren', 'LUH');
const KOWALSKI = managedBy('Janet', 'Kowalski', 'LUH');

export const DEMO_MENTEE_ROSTER: readonly RosterLine[] = [
  // ── St. Mary's Medical Center ──
  ['Sean', 'Gallagher', 'SMH', 'PERFUSION', 'Cardiac surgery', [], HALE],
  ['Nadia', 'Haddad', 'SMH', 'PERFUSION', 'Pediatric cardiac surgery', ['Arabic'], HALE],
  ['Brianna', 'Lewis', 'SMH', 'PERFUSION', 'ECMO', []],
  ['Owen', 'Fitzgerald', 'SMH', 'PERFUSION', 'Cardiac surgery', []],
  ['Emily', 'Carter', 'SMH', 'NURSING', 'CVOR', [], WALSH],
  ['Hannah', 'Brooks', 'SMH', 'NURSING', 'Cardiac ICU', [], DELGADO],
  ['Jasmine', 'Ortiz', 'SMH', 'NURSING', 'Cardiac ICU', ['Spanish']],
  ['Michael', "O'Connell", 'SMH', 'NURSING', 'CVOR', []],
  ['Aaliyah', 'Johnson', 'SMH', 'ANESTHESIA', 'Cardiac anesthesia', []],
  ['Ethan', 'Cho', 'SMH', 'ANESTHESIA', 'Cardiac anesthesia', ['Korean']],
  ['Carlos', 'Mendoza', 'SMH', 'SURGICAL_ASSISTING', 'Cardiac surgery', ['Spanish']],
  ['Rachel', 'Goldberg', 'SMH', 'SURGICAL_ASSISTING', 'Cardiac surgery', []],
  ['Tiffany', 'Pham', 'SMH', 'SURGICAL_TECHNOLOGY', 'CVOR', ['Vietnamese']],
  ['Derek', 'Sullivan', 'SMH', 'SURGICAL_TECHNOLOGY', 'CVOR', []],
  // ── Pacific Crest Community Hospital ──
  ['Marisol', 'Cruz', 'PCH', 'PERFUSION', 'Cardiac surgery', ['Spanish']],
  ['Andrew', 'Bautista', 'PCH', 'PERFUSION', 'ECMO', ['Tagalog']],
  ['Kayla', 'Morgan', 'PCH', 'PERFUSION', 'Cardiac surgery', []],
  ['Angelica', 'Dizon', 'PCH', 'NURSING', 'CVOR', ['Tagalog']],
  ['Brandon', 'Wu', 'PCH', 'NURSING', 'Cardiac ICU', ['Mandarin']],
  ['Samantha', 'Hughes', 'PCH', 'NURSING', 'ECMO', []],
  ['Luis', 'Herrera', 'PCH', 'SURGICAL_ASSISTING', 'Cardiac surgery', ['Spanish']],
  ['Tyler', 'Jensen', 'PCH', 'SURGICAL_TECHNOLOGY', 'CVOR', [], FOSTER],
  ['Lan', 'Vo', 'PCH', 'SURGICAL_TECHNOLOGY', 'CVOR', ['Vietnamese']],
  ['Noah', 'Patel', 'PCH', 'ANESTHESIA', 'Cardiac anesthesia', ['Hindi']],
  // ── Lakeshore University Hospital ──
  ['Ashley', 'Moreno', 'LUH', 'NEUROMONITORING', 'Spine', ['Spanish'], LINDGREN],
  ['Ben', 'Fischer', 'LUH', 'NEUROMONITORING', 'Neurosurgery', [], LINDGREN],
  ['Chloe', 'Anderson', 'LUH', 'NEUROMONITORING', 'Spine', []],
  ['Jamal', 'Washington', 'LUH', 'NEUROMONITORING', 'Neurosurgery', []],
  ['Sofia', 'Novak', 'LUH', 'NEUROMONITORING', 'Spine', ['Polish']],
  ['Ravi', 'Shah', 'LUH', 'NEUROMONITORING', 'Neurosurgery', ['Hindi']],
  ['Grace', 'Thompson', 'LUH', 'NURSING', 'Neuro ICU', [], KOWALSKI],
  ['Destiny', 'Robinson', 'LUH', 'NURSING', 'Neuro ICU', []],
  ['Patrick', 'Murphy', 'LUH', 'NURSING', 'Trauma', []],
  ['Lauren', 'Becker', 'LUH', 'ANESTHESIA', 'Neuroanesthesia', []],
  ['Omar', 'Farouk', 'LUH', 'ANESTHESIA', 'Neuroanesthesia', ['Arabic']],
  ['Isabel', 'Ramirez', 'LUH', 'SURGICAL_ASSISTING', 'Spine', ['Spanish']],
  ['Tyrone', 'Mitchell', 'LUH', 'SURGICAL_ASSISTING', 'Trauma', []],
  ['Megan', 'Schultz', 'LUH', 'SURGICAL_TECHNOLOGY', 'Spine', []],
  ['Duc', 'Le', 'LUH', 'SURGICAL_TECHNOLOGY', 'Spine', ['Vietnamese']],
  ['Zachary', 'Hill', 'LUH', 'SURGICAL_TECHNOLOGY', 'Trauma', []],
];

/** The mentee sign-ins: goals chosen so their matches explain well. */
export const NAMED_MENTEES: readonly PersonSeed[] = [
  {
    email: 'mentee@preceptor.test',
    firstName: 'Jordan',
    lastName: 'Reyes',
    hospital: 'SMH',
    role: 'MENTEE',
    capacity: null,
    profession: 'PERFUSION',
    specialty: 'Cardiac surgery',
    careerStage: 'EARLY_CAREER',
    yearsExperience: 2,
    expertiseTags: [],
    goalTags: ['ECMO management', 'pediatric bypass', 'speaking up'],
    languages: ['English', 'Spanish'],
    remoteOk: true,
    monthlyAvailabilityHours: 3,
    bio: 'Second-year perfusionist; wants to join the ECMO call rotation next year.',
    managerEmail: null,
  },
  {
    email: 'mentee2@preceptor.test',
    firstName: 'Kevin',
    lastName: 'Tran',
    hospital: 'LUH',
    role: 'MENTEE',
    capacity: null,
    profession: 'NEUROMONITORING',
    specialty: 'Spine',
    careerStage: 'EARLY_CAREER',
    yearsExperience: 1,
    expertiseTags: [],
    goalTags: ['MEP interpretation', 'EMG & pedicle screw testing', 'certification exam prep'],
    languages: ['English', 'Vietnamese'],
    remoteOk: true,
    monthlyAvailabilityHours: 4,
    bio: 'New neuromonitoring technologist preparing for the CNIM exam.',
    managerEmail: null,
  },
];
