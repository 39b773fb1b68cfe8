import type { CorpusSentence, LabelTuple } from './identifier-corpus-flagged.ts';

const s = (text: string, ...labels: LabelTuple[]): CorpusSentence => ({
  text,
  identifiers: labels.map(([kind, t, occurrence]) => ({ kind, text: t, occurrence })),
});
const clean = (text: string): CorpusSentence => ({ text, identifiers: [] });

/**
 * A second batch, written after the first version of the detector had been run on the main
 * corpus, in different wording, and scored once before any change to the detector; that first
 * score is recorded in identifier-check.test.ts. It keeps the published figures from resting only
 * on sentences the detector was shaped around.
 */
export const HOLDOUT_SENTENCES: readonly CorpusSentence[] = [
  clean('Dr. Adams let me drive the pump for the whole case, which never happens.'),
  clean('Epinephrine 1:1000 was drawn up by mistake instead of 1:10,000.'),
  clean('We ran the heparin at 18 units/kg/h and checked an anti-Xa at 6 hours.'),
  clean('Grace, our charge nurse, covered my breaks so I could finish the handoff.'),
  clean('Will I ever stop replaying that code in my head?'),
  clean('St. Luke’s had sent him over without a type and screen.'),
  clean('My mentor said that in her first year she cried in the supply room too.'),
  clean('He had a Grade 4 view and we went straight to the video laryngoscope.'),
  clean('We gave 2 g of magnesium and the runs of VT stopped.'),
  clean('I charted the q15 minute neuro checks and the pupils stayed 3 mm and brisk.'),
  clean('The fellow, Dr. Nakamura, asked me to explain the MEP thresholds to the residents.'),
  clean('June was a brutal month on the heart team because of the staffing gaps.'),
  clean('The 4th ventricle was tight on the scan, so neurosurgery placed an EVD.'),
  clean('She was 88 and sharper than me at 3 a.m.'),
  clean('We paged the on-call perfusionist at 0215 and he was in by 0245.'),
  clean('The surgeon wanted a MAP over 80 for the whole spinal case.'),
  clean('Hgb 6.9, plt 88, INR 1.7 after the first hour.'),
  clean('I replaced the 14G IV with a 16G because the first one infiltrated.'),
  clean('In 2021 and 2022 I worked travel contracts before settling here.'),
  clean('The ICU team on 6 North was short two nurses.'),
  clean('I said stop twice before anyone heard me.'),
  clean('The reflection prompt asked about a time I disagreed with a surgeon.'),
  clean('We set the sweep to 3 L and the blood flow to 4.5 L on the VA ECMO circuit.'),
  clean('The case ran from 0730 to 1930, twelve hours of bypass and bleeding.'),
  clean('My preceptor, Maria, taught me to say what I see before what I think.'),
  clean('On the 2nd day of orientation I was already in a trauma.'),
  clean('The ABG at 1100 showed a PaO2 of 62 on 60% FiO2.'),
  clean('We used 300 mL of Del Nido cardioplegia every 60 to 90 minutes.'),
  clean('He had a Medtronic pump and the rep came at 10 p.m. to help.'),
  s('DOB 1/2/1933 was printed right on the anesthesia record I photographed.', ['date', '1/2/1933']),
  s('The pt’s MRN#889123 was on the label I stuck in my notebook.', ['record_number', '889123']),
  s('His daughter’s number, tel. 555.234.9988, was on the consent.', ['phone', '555.234.9988']),
  s('Mr Fitzgerald never woke up after the arrest.', ['name', 'Mr Fitzgerald']),
  s('Mrs Chen, the patient, thanked me for explaining the neuromonitoring needles.', ['name', 'Mrs Chen']),
  s('We had a 103-year-old for a hip, and she did better than the 60-year-olds.', [
    'age_over_89',
    '103-year-old',
  ]),
  s('I still have the email from her son, mark.t.harris@comcast.net.', [
    'email',
    'mark.t.harris@comcast.net',
  ]),
  s('Pt was a 91-yr-old man with aortic stenosis.', ['age_over_89', '91-yr-old']),
  s('Her neighbor Doris found her on the kitchen floor.', ['name', 'Doris']),
  s('The patient’s husband, Raj, slept in the family lounge every night.', ['name', 'Raj']),
  s('He came in on July 4th after a fireworks injury to his hand.', ['date', 'July 4th']),
  s('She coded on 6/1 and again on 6/3.', ['date', '6/1'], ['date', '6/3']),
  s('His insurance policy number HMO-44821-X got pasted into my draft.', ['record_number', 'HMO-44821-X']),
  s('The patient was from Fresno, CA, and had no family nearby.', ['address', 'Fresno']),
  s('Her apartment was at 2200 W 5th Ave, Apt 12.', ['address', '2200 W 5th Ave, Apt 12']),
  s('Our patient, Tomás Herrera, only spoke Spanish and I used the interpreter line.', [
    'name',
    'Tomás Herrera',
  ]),
  s('She was 99 and still asked about the Red Sox.', ['age_over_89', '99']),
  s('I looked him up on Instagram, @jmorales_91, which I know I should not have done.', [
    'url',
    '@jmorales_91',
  ]),
  s('The device rep read the ICD serial, RRT482913S, aloud in the room.', ['record_number', 'RRT482913S']),
  s('He was discharged Friday, 10/17, to a rehab in another state.', ['date', '10/17']),
  s('Mr. and Mrs. Ibrahim asked if they could pray with us before induction.', [
    'name',
    'Mr. and Mrs. Ibrahim',
  ]),
  s('Little Aiden held the stuffed lion through the whole induction.', ['name', 'Aiden']),
  s('The boyfriend, Marcus, was asked to leave after shouting at the nurses.', ['name', 'Marcus']),
  s('His old phone was 212-555-0142 and the new one was not in the chart.', ['phone', '212-555-0142']),
  s('She was admitted the 21st of October and never left the unit.', ['date', '21st of October']),
  s('His ZIP was 10027, which the social worker used to find him a clinic.', ['address', '10027']),
  s('Patient Robert “Bobby” Kline asked for his harmonica in PACU.', ['name', 'Robert “Bobby” Kline']),
  s('She was transferred in from Lubbock by fixed-wing.', ['address', 'Lubbock']),
  s('Her Medicare number 1EG4-TE5-MK72 was on the face sheet.', ['record_number', '1EG4-TE5-MK72']),
  s('We rushed him back on Thanksgiving, and his wife still brought us pie.', ['date', 'Thanksgiving']),
  s('He turned 100 in our ICU and the nurses made a sign.', ['age_over_89', 'turned 100']),
  s('The fax to Dr. Lee’s office at 617-555-0110 never went through.', ['fax', '617-555-0110']),
];
