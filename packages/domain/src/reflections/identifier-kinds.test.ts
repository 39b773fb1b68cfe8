import { describe, expect, it } from 'vitest';
import { findPatientIdentifiers } from './identifier-check.ts';
import type { IdentifierKind } from './identifier-finding.ts';

/** The findings as "kind:text", the shape most assertions below compare. */
const found = (text: string) => findPatientIdentifiers(text).map((f) => `${f.kind}:${f.text}`);
const flags = (text: string, kind: IdentifierKind, span: string) =>
  expect(found(text), text).toContain(`${kind}:${span}`);
const quiet = (text: string) => expect(found(text), text).toEqual([]);

describe('names', () => {
  it('takes a capitalised word for a name after a title, "patient", a relation or "named"', () => {
    flags('Mr. Alvarez asked for water.', 'name', 'Mr. Alvarez');
    flags('Mrs. O’Neil-Burke was first.', 'name', 'Mrs. O’Neil-Burke');
    flags('Mr. and Mrs. Patel waited.', 'name', 'Mr. and Mrs. Patel');
    flags('Then pt. John Smith coded.', 'name', 'John Smith');
    flags('the patient, Maria Lopez, cried', 'name', 'Maria Lopez');
    flags('his daughter Ana translated', 'name', 'Ana');
    flags('her mother-in-law, Rosa, called', 'name', 'Rosa');
    flags('a man named Deborah Fields', 'name', 'Deborah Fields');
    flags('Walter, a 71-year-old plumber, joked.', 'name', 'Walter');
    flags('Mrs. de la Cruz woke up.', 'name', 'Mrs. de la Cruz');
  });

  it('flags a later bare use of a name found in context, but not the same surname on a doctor', () => {
    expect(found('Mr. Okafor went back. Okafor’s brother thanked me. Dr. Okafor was on call.')).toEqual([
      'name:Mr. Okafor',
      'name:Okafor',
    ]);
  });

  it('treats a doctor as a patient only when the text says so', () => {
    quiet('Dr. Chen asked me to repeat the baselines.');
    flags('The patient, Dr. Patel, was a retired cardiologist.', 'name', 'Dr. Patel');
  });

  it('leaves colleagues, title-case phrases and the writer’s own name alone', () => {
    quiet('I asked Kelly, the charge nurse, for help.');
    quiet('Patient Safety Week was in March.');
    quiet('My name is Kelly and I run the pump.');
    quiet('The patient, Spanish-speaking, was scared.');
    quiet('Honestly, a patient like that scares me.');
  });

  it('does not run one name into the next person’s title', () => {
    expect(found('Mr. Lee Mrs. Lee')).toEqual(['name:Mr. Lee', 'name:Mrs. Lee']);
    // Two findings, not one span across the line break: a first name alone is flagged since issue 12.
    expect(found('I sat with Mr. Alvarez\nKelly took over at noon.')).toEqual([
      'name:Mr. Alvarez',
      'name:Kelly',
    ]);
  });
});

describe('dates', () => {
  it('flags dates finer than a year in the usual spellings', () => {
    for (const d of ['03/14/2025', '3/14/25', '2025-03-14', '14.03.2025', '12-03-2024'])
      flags(`on ${d} he`, 'date', d);
    flags('On March 14 she', 'date', 'March 14');
    flags('on Sept. 9, 2021, it', 'date', 'Sept. 9, 2021');
    flags('the dissection on 14 March 2025 was', 'date', '14 March 2025');
    flags('admitted the 21st of October', 'date', 'the 21st of October');
    flags('He coded on the 14th and', 'date', 'the 14th');
    flags('first admitted in March 2024', 'date', 'March 2024');
    flags('On Christmas Eve we', 'date', 'Christmas Eve');
  });

  it('flags a bare month/day only after a date cue', () => {
    flags('He was admitted 3/14 with', 'date', '3/14');
    flags('discharged Friday, 10/17, to rehab', 'date', '10/17');
    quiet('Pain was 8/10 and strength 4/5.');
    quiet('GCS was 14/15 and TOF 2/4.');
    quiet('We ran 1/2 NS and BP was 90/60.');
  });

  it('allows years, months alone, times and ordinals that are not days', () => {
    quiet('In 2023 I started in perfusion.');
    quiet('Since January I have worked nights.');
    quiet('Time-out at 07:30, incision at 0815.');
    quiet('On the 3rd attempt I got the line.');
    quiet('We were on the 2nd case of the day.');
    quiet('The software update to version 3.2.1 crashed.');
  });
});

describe('ages over 89', () => {
  it('flags ages of 90 and up in the ways they are written', () => {
    for (const a of [
      '92-year-old',
      '92 year old',
      '95 years old',
      '90 yo',
      '93 y/o',
      '91-yr-old',
      '101 y.o.',
    ]) {
      flags(`A ${a} man`, 'age_over_89', a);
    }
    flags('He was aged 95.', 'age_over_89', 'aged 95');
    flags('listed as age 101.', 'age_over_89', 'age 101');
    flags('She turned 96 last week.', 'age_over_89', 'turned 96');
    flags('He was in his 90s.', 'age_over_89', 'in his 90s');
    flags('A ninety-four-year-old man', 'age_over_89', 'ninety-four-year-old');
    flags('Mrs. Kowalski, 91, asked', 'age_over_89', '91');
    flags('She was 99 and still sharp.', 'age_over_89', '99');
  });

  it('allows ages to 89 and numbers that are not ages', () => {
    quiet('An 89-year-old woman and an 85 yo man.');
    quiet('Cross-clamp time was 92 minutes.');
    quiet('She was 92 on room air.');
    quiet('He was 90 over 50.');
    quiet('SpO2 in the 90s all night.');
    quiet('We turned 90 degrees.');
  });
});

describe('contact details', () => {
  it('flags phone numbers and tells fax numbers apart by their cue', () => {
    flags('call (617) 555-0199 now', 'phone', '(617) 555-0199');
    flags('cell 555-867-5309.', 'phone', '555-867-5309');
    flags('at 555-0173 during', 'phone', '555-0173');
    flags('+1 800 555 0134 is', 'phone', '+1 800 555 0134');
    flags('Their fax number is 312.555.0188.', 'fax', '312.555.0188');
    flags('faxed from 312-555-0147 but', 'fax', '312-555-0147');
    quiet('We gave 800-1200 mL of crystalloid.');
  });

  it('flags emails, URLs, handles and IP addresses', () => {
    flags('write to jane.doe+x@mail.example.org.', 'email', 'jane.doe+x@mail.example.org');
    flags('see https://gofund.me/abc123.', 'url', 'https://gofund.me/abc123');
    flags('at www.caringbridge.org/visit/x', 'url', 'www.caringbridge.org/visit/x');
    flags('page facebook.com/walter.k, open', 'url', 'facebook.com/walter.k');
    flags('on Instagram, @jmorales_91, which', 'url', '@jmorales_91');
    flags('server 10.0.4.17 got it', 'ip_address', '10.0.4.17');
    flags('from fe80::1ff:fe23:4567:890a today', 'ip_address', 'fe80::1ff:fe23:4567:890a');
    quiet('i.e. the e.g. case at @ 0730, 4.5 L/min, v1.2.3.4 firmware');
  });
});

describe('SSNs and record numbers', () => {
  it('flags SSNs, whole or last four', () => {
    flags('SSN 123-45-6789 was', 'ssn', '123-45-6789');
    flags('SSN: 123 45 6789', 'ssn', '123 45 6789');
    flags('Her SSN ended in 4421 and', 'ssn', '4421');
  });

  it('flags numbers after record, plan, licence, device and vehicle labels', () => {
    flags('MRN: A44-1920-77 and', 'record_number', 'A44-1920-77');
    flags('the MR# was 5520913', 'record_number', '5520913');
    flags('account # 00912-556 was', 'record_number', '00912-556');
    flags('member ID W229381745 on', 'record_number', 'W229381745');
    flags('serial number PJN448120R and', 'record_number', 'PJN448120R');
    flags('license plate 7ABC 123 was', 'record_number', '7ABC 123');
    flags('Her MRN is 1234.', 'record_number', '1234');
  });

  it('flags long codes without a label, not lab values, doses or ranges', () => {
    flags('VIN 1HGCM82633A004352 in', 'record_number', '1HGCM82633A004352');
    flags('unit W041225123456 was hung', 'record_number', 'W041225123456');
    flags('it said 00482913 on the band', 'record_number', '00482913');
    quiet('Platelets 45000, heparin 30,000 units, 1500mL out, 2019-2023 data.');
    quiet('ID consult recommended 6 weeks; serial ABGs; MRN in the chart.');
  });
});

describe('addresses', () => {
  it('flags streets, apartments, PO boxes, ZIP codes, counties and towns people live in', () => {
    flags('lives at 123 Oak Street, near', 'address', '123 Oak Street');
    flags('at 4410 N Main St, Apt 4B.', 'address', '4410 N Main St, Apt 4B');
    flags('send it to Apt 4B because', 'address', 'Apt 4B');
    flags('PO Box 442 was', 'address', 'PO Box 442');
    flags('Dayton, OH 45402', 'address', '45402');
    flags('His ZIP code was 02139.', 'address', '02139');
    flags('from a farm in Greene County.', 'address', 'Greene County');
    flags('She lives in Tulsa and', 'address', 'Tulsa');
    flags('He drove in from Little Rock for it.', 'address', 'Little Rock');
    flags('The patient was from Fresno, CA, and', 'address', 'Fresno');
  });

  it('allows states, countries, hospital units and bare five-digit numbers', () => {
    quiet('He was transferred from Ohio; she moved from Haiti.');
    quiet('The nurse from 4 West came; we moved to Room 12.');
    quiet('The patient came from Cardiology. Platelets 45000.');
    quiet('Dr. Lin, MD, and the OR team.');
  });
});
