import type { IdentifierKind } from './identifier-finding.ts';

/** A labelled identifier: its kind and the exact substring (the `occurrence`-th, from 0). */
export interface CorpusLabel {
  kind: IdentifierKind;
  text: string;
  occurrence?: number;
}

export interface CorpusSentence {
  text: string;
  identifiers: readonly CorpusLabel[];
}

export type LabelTuple = readonly [IdentifierKind, string] | readonly [IdentifierKind, string, number];

const s = (text: string, ...labels: LabelTuple[]): CorpusSentence => ({
  text,
  identifiers: labels.map(([kind, t, occurrence]) => ({ kind, text: t, occurrence })),
});

/**
 * Reflection sentences that do contain identifiers, written the way staff actually slip them in.
 * Some are deliberately hard (a first name with no context at all) so the recall figure stays
 * honest; the known misses are listed in identifier-check.test.ts.
 */
export const FLAGGED_SENTENCES: readonly CorpusSentence[] = [
  // Names
  s('Mr. Alvarez kept asking whether his heart would start again.', ['name', 'Mr. Alvarez']),
  s('Mrs. O’Neil’s daughter was in the waiting room the whole time.', ['name', 'Mrs. O’Neil']),
  s("Mrs. O'Neil asked me to keep her glasses until she woke up.", ['name', "Mrs. O'Neil"]),
  s('The patient, Maria Lopez, told me she was terrified of waking up intubated.', ['name', 'Maria Lopez']),
  s('I introduced myself to patient Jane before she went to sleep.', ['name', 'Jane']),
  s('Pt. John Smith had an MEP loss on the right after the screw was placed.', ['name', 'John Smith']),
  s('His daughter Ana translated for him because he only spoke Portuguese.', ['name', 'Ana']),
  s('Her husband, Tom, asked me if she would remember any of it.', ['name', 'Tom']),
  s('Mr. and Mrs. Patel both waited in pre-op holding.', ['name', 'Mr. and Mrs. Patel']),
  s('Baby Liam came off bypass on nitric oxide and looked pink for the first time.', ['name', 'Liam']),
  s('The patient’s wife, Linda, brought in his CPAP from home.', ['name', 'Linda']),
  s('Ms. Nguyen-Tran had an SSEP drop that recovered after we raised the MAP.', ['name', 'Ms. Nguyen-Tran']),
  s('I remember Mr. McAllister squeezing my hand before induction.', ['name', 'Mr. McAllister']),
  s('The patient said her name was Rosa and that she preferred Spanish.', ['name', 'Rosa']),
  s('A woman named Deborah Fields came in with a ruptured AAA.', ['name', 'Deborah Fields']),
  s('Pt Jones was on ECMO for nine days before decannulation.', ['name', 'Jones']),
  s('Patient Harold Greene asked me to call his sister before we started.', ['name', 'Harold Greene']),
  s('His grandson Kevin is a nursing student, so he asked a lot about the pump.', ['name', 'Kevin']),
  s('We met his wife Gloria in the waiting room after the case.', ['name', 'Gloria']),
  s('The patient, Dr. Patel, was a retired cardiologist and asked great questions.', ['name', 'Dr. Patel']),
  s('The girl, Sophie, asked if the blue lights meant she was dying.', ['name', 'Sophie']),
  s('Her son Mateo, who is 7, drew a picture of the heart-lung machine for us.', ['name', 'Mateo']),
  s('Mr. Haddad’s cardiologist, Dr. Lin, came to the OR to see him.', ['name', 'Mr. Haddad']),
  s('Walter, a 71-year-old retired plumber, joked with us all the way into the room.', ['name', 'Walter']),
  s('Mrs. de la Cruz had a seizure in PACU and I was the one who noticed.', ['name', 'Mrs. de la Cruz']),
  s('The patient Mr. Brennan was a Jehovah’s Witness, so the cell saver was the plan.', [
    'name',
    'Mr. Brennan',
  ]),
  s('I kept seeing Jane’s face when I closed my eyes that night.', ['name', 'Jane']),
  s('Eleanor squeezed my hand and asked if she would wake up.', ['name', 'Eleanor']),
  s(
    'Mr. Okafor went back for a washout, and Okafor’s brother thanked me in the hallway.',
    ['name', 'Mr. Okafor'],
    ['name', 'Okafor', 1],
  ),
  s('We called her mother, Rosa Delgado, when the MEPs did not come back.', ['name', 'Rosa Delgado']),
  s('Ms Kim was the calmest person in the room during the awake craniotomy.', ['name', 'Ms Kim']),
  // Dates
  s('His surgery was on 03/14/2025 and he came back to the OR two days later.', ['date', '03/14/2025']),
  s('He was admitted 3/14 with chest pain and went to the cath lab that night.', ['date', '3/14']),
  s('On March 14 she had an emergency dissection repair.', ['date', 'March 14']),
  s('The dissection came in on 14 March 2025 around midnight.', ['date', '14 March 2025']),
  s('The consent was dated 2025-03-14 but the case was a week later.', ['date', '2025-03-14']),
  s('He coded on the 14th and we put him on ECMO at the bedside.', ['date', '14th']),
  s('She was born 7/4/1931, so she was older than anyone on the unit.', ['date', '7/4/1931']),
  s('The note from December 3rd said he refused blood products.', ['date', 'December 3rd']),
  s('He died on 11/2/24 and I still think about him.', ['date', '11/2/24']),
  s('She had been admitted on Jan 5 and had not seen her dog since.', ['date', 'Jan 5']),
  s('The discharge was on 4/22/2025 but he bounced back to the ICU.', ['date', '4/22/2025']),
  s('On Christmas Eve we did an emergent dissection and I barely made it in.', ['date', 'Christmas Eve']),
  s('On 14 Feb he was readmitted with sternal wound dehiscence.', ['date', '14 Feb']),
  s('I wrote 3/14/25 at the top of my notes, which was his surgery date.', ['date', '3/14/25']),
  s('I covered the pump on 12/24 and we had a dissection at 2 a.m.', ['date', '12/24']),
  s('He was first admitted in March 2024 and had been in and out since.', ['date', 'March 2024']),
  s('His valve was put in on Sept. 9, 2021, and it had already failed.', ['date', 'Sept. 9, 2021']),
  s('She went back to the OR on the 3rd, after the drain output doubled.', ['date', '3rd']),
  s('The CT from 2024-11-02 showed the leak that everyone missed.', ['date', '2024-11-02']),
  // Contact details
  s('The son left his cell number, 555-867-5309, at the desk in case anything changed.', [
    'phone',
    '555-867-5309',
  ]),
  s('I called the wife at (617) 555-0199 after the case to give her an update.', ['phone', '(617) 555-0199']),
  s('The outside records were faxed from 312-555-0147 but half the pages were missing.', [
    'fax',
    '312-555-0147',
  ]),
  s('Their fax number is 312.555.0188 and we kept sending the wrong form.', ['fax', '312.555.0188']),
  s(
    'His son, Michael, kept calling the desk from 555-214-9981.',
    ['name', 'Michael'],
    ['phone', '555-214-9981'],
  ),
  s('Their home number was 555 302 1187 but nobody answered.', ['phone', '555 302 1187']),
  s('His phone number was on the whiteboard: 617-555-0123.', ['phone', '617-555-0123']),
  s('I texted the family liaison from my cell, 555-448-2201, which I later regretted.', [
    'phone',
    '555-448-2201',
  ]),
  s('The family asked for updates at 555-0173 during the long case.', ['phone', '555-0173']),
  s('The cardiology office fax, +1 800 555 0134, never got the consult.', ['fax', '+1 800 555 0134']),
  s('The patient’s daughter emailed me from lopezfamily@yahoo.com to thank the team.', [
    'email',
    'lopezfamily@yahoo.com',
  ]),
  s('She gave her email, rosa.m.delgado@outlook.com, so we could send the photos.', [
    'email',
    'rosa.m.delgado@outlook.com',
  ]),
  s('The neuromonitoring report went to dr.smith@stmarys.org by mistake.', ['email', 'dr.smith@stmarys.org']),
  // SSN and record numbers
  s('Her SSN 123-45-6789 was on the sticker sheet that got left in the OR.', ['ssn', '123-45-6789']),
  s('Her SSN ended in 4421 and that was what registration used to find her.', ['ssn', '4421']),
  s('The MRN 00482913 on the blood band did not match the chart, so I stopped the transfusion.', [
    'record_number',
    '00482913',
  ]),
  s('I had to read the medical record number 7734102 back twice to the blood bank.', [
    'record_number',
    '7734102',
  ]),
  s('He had a pacemaker with serial number PJN448120R and the rep had to interrogate it.', [
    'record_number',
    'PJN448120R',
  ]),
  s('Her Medicaid ID is 98765432A and the case was almost cancelled over it.', [
    'record_number',
    '98765432A',
  ]),
  s('The motorcycle’s license plate 7ABC123 was in the trauma report.', ['record_number', '7ABC123']),
  s('The sticker said MRN: A44-1920-77 and I still flagged the mismatch.', ['record_number', 'A44-1920-77']),
  s('His account number 448812093 was on a printout I found in the break room.', [
    'record_number',
    '448812093',
  ]),
  s('I found his insurance member ID W229381745 written on the whiteboard.', ['record_number', 'W229381745']),
  s('His driver’s license number D1234-5678-9012 was photocopied into the chart.', [
    'record_number',
    'D1234-5678-9012',
  ]),
  s('The oxygenator with serial # 88231-A was the one the manufacturer recalled.', [
    'record_number',
    '88231-A',
  ]),
  s('His MRN is 12-44-981 and I had it memorized by the end of the week.', ['record_number', '12-44-981']),
  s(
    'I saw that the MR# was 5520913 and the wristband said 5520931.',
    ['record_number', '5520913'],
    ['record_number', '5520931'],
  ),
  s('The account # 00912-556 was used to bill the wrong patient.', ['record_number', '00912-556']),
  s('The VIN of the car in the crash, 1HGCM82633A004352, was in the trauma notes.', [
    'record_number',
    '1HGCM82633A004352',
  ]),
  s('The blood unit W041225123456 was hung on the wrong patient for two minutes.', [
    'record_number',
    'W041225123456',
  ]),
  s('Her dialysis center ID 4471-2209 was written on the back of her hand.', ['record_number', '4471-2209']),
  // Addresses and places
  s('He lives at 123 Oak Street, just a few blocks from the hospital.', ['address', '123 Oak Street']),
  s('She asked us to send the bill to Apt 4B because her mailbox was broken.', ['address', 'Apt 4B']),
  s(
    'His address was 4410 N Main St, Dayton, OH 45402, and he walked to his appointments.',
    ['address', '4410 N Main St'],
    ['address', 'Dayton'],
    ['address', '45402'],
  ),
  s('The 911 call said he collapsed outside 250 Maple Avenue.', ['address', '250 Maple Avenue']),
  s('He came from Springfield for the surgery and his family stayed at a motel.', ['address', 'Springfield']),
  s('She lives in Tulsa and drove in at 4 a.m. for her case.', ['address', 'Tulsa']),
  s(
    'The referral letter listed his address as 17 Birch Lane, apartment 2.',
    ['address', '17 Birch Lane'],
    ['address', 'apartment 2'],
  ),
  s('He was a retired firefighter from Cedar Rapids, Iowa, who loved to talk.', ['address', 'Cedar Rapids']),
  s('Mr. Brown’s ZIP code was 02139, same as mine.', ['name', 'Mr. Brown'], ['address', '02139']),
  s('The patient from 1742 Westfield Rd had called 911 himself.', ['address', '1742 Westfield Rd']),
  s('Their old address, PO Box 442, was still in the system.', ['address', 'PO Box 442']),
  s(
    'She grew up on Elm Street in Cambridge and talked about it all through the block.',
    ['address', 'Elm Street'],
    ['address', 'Cambridge'],
  ),
  s('The helicopter brought him in from a farm in Greene County.', ['address', 'Greene County']),
  // Ages over 89
  s('A 92-year-old woman came in for a TAVR and was sharper than most of the staff.', [
    'age_over_89',
    '92-year-old',
  ]),
  s('He was aged 95 and the family wanted everything done.', ['age_over_89', 'aged 95']),
  s('The consent listed him as age 101, which I double-checked.', ['age_over_89', 'age 101']),
  s('A 90 yo man with a hip fracture went into AF during the block.', ['age_over_89', '90 yo']),
  s('The 97-year-old patient was the oldest I have ever put on bypass.', ['age_over_89', '97-year-old']),
  s('The 93 y/o patient asked me if this would be her last surgery.', ['age_over_89', '93 y/o']),
  s(
    'Mrs. Delgado turned 96 the week before her valve replacement.',
    ['name', 'Mrs. Delgado'],
    ['age_over_89', 'turned 96'],
  ),
  s('A ninety-four-year-old man was our first TAVR of the day.', ['age_over_89', 'ninety-four-year-old']),
  s('She celebrated her 100th birthday in the CVICU with the night shift.', [
    'age_over_89',
    '100th birthday',
  ]),
  s('He was in his 90s and still doing the crossword before induction.', ['age_over_89', 'in his 90s']),
  s('Mrs. Kowalski, 91, asked me to hold her hand.', ['name', 'Mrs. Kowalski'], ['age_over_89', '91']),
  s('Pt. Williams, 94, was a DNR but still wanted the surgery.', ['name', 'Williams'], ['age_over_89', '94']),
  // URLs and IP addresses
  s('Her daughter posted updates at www.caringbridge.org/visit/marialopez for the nurses.', [
    'url',
    'www.caringbridge.org/visit/marialopez',
  ]),
  s('His GoFundMe at https://gofund.me/abc123 had a photo of him in the ICU.', [
    'url',
    'https://gofund.me/abc123',
  ]),
  s('His Facebook page, facebook.com/walter.k.brennan, was open on his phone.', [
    'url',
    'facebook.com/walter.k.brennan',
  ]),
  s('The scan went to the reading server at 10.0.4.17 without being de-identified.', [
    'ip_address',
    '10.0.4.17',
  ]),
  s('The portal complaint came from the IP address 73.158.22.14, which IT traced.', [
    'ip_address',
    '73.158.22.14',
  ]),
  // Several at once
  s(
    'Mr. Alvarez came back on 2/9, and Alvarez’s wife recognized me from the first surgery.',
    ['name', 'Mr. Alvarez'],
    ['date', '2/9'],
    ['name', 'Alvarez', 1],
  ),
  s('Mr. Okafor went back to the OR on 03/02 for a washout.', ['name', 'Mr. Okafor'], ['date', '03/02']),
];
