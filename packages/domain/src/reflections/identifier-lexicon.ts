/*
 * Word lists shared by the detectors. Kept as regex source fragments or sets so that every
 * pattern is built once at module load.
 */

const MONTHS_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month names and their usual abbreviations; capitalised, because "may" and "march" are verbs. */
export const MONTH_SOURCE = `(?:${MONTHS_FULL.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`;

export const STATE_NAMES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'Puerto Rico',
];

/**
 * Postal abbreviations that are not also everyday clinical abbreviations. "Dayton, OR" or
 * "Chen, MD" are far more often an operating room or a degree than Oregon or Maryland, so those
 * count as a state only when a ZIP code follows.
 */
export const PLAIN_STATE_CODES =
  'AK|AZ|CA|FL|IA|IL|KS|KY|MI|MN|MT|NC|ND|NH|NJ|NM|NV|NY|OH|RI|SC|SD|TN|TX|UT|VT|WA|WI|WV|WY|DC|PR';
export const AMBIGUOUS_STATE_CODES = 'AL|AR|CO|CT|DE|GA|HI|ID|IN|LA|MA|MD|ME|MO|MS|NE|OK|OR|PA|VA';

/** Places larger than a state, which Safe Harbor allows. */
const ALLOWED_PLACES = [
  ...STATE_NAMES,
  'America',
  'United States',
  'Canada',
  'Mexico',
  'Cuba',
  'Haiti',
  'Jamaica',
  'Guatemala',
  'Honduras',
  'El Salvador',
  'Brazil',
  'Colombia',
  'Venezuela',
  'Peru',
  'Ireland',
  'England',
  'Scotland',
  'Poland',
  'Germany',
  'Italy',
  'France',
  'Spain',
  'Portugal',
  'Russia',
  'Ukraine',
  'Nigeria',
  'Ghana',
  'Kenya',
  'Somalia',
  'Ethiopia',
  'Egypt',
  'India',
  'Pakistan',
  'China',
  'Japan',
  'Korea',
  'Vietnam',
  'Philippines',
  'Iran',
  'Iraq',
  'Syria',
  'Afghanistan',
  ...'Laos Tonga Fiji Samoa Cambodia Thailand Taiwan Nepal Ecuador Bolivia Chile Argentina Nicaragua Panama Sudan Eritrea Liberia Senegal Cameroon Congo Uganda Tanzania Rwanda Morocco Algeria Tunisia Lebanon Jordan Israel Palestine Turkey Greece Norway Sweden Denmark Finland Iceland Netherlands Belgium Austria Switzerland Hungary Romania Bosnia Serbia Croatia Albania Armenia Bangladesh Myanmar Burma Indonesia Malaysia Singapore Australia Micronesia Guam Europe Africa Asia'.split(
    ' ',
  ),
  'Sri Lanka',
  'New Zealand',
  'Dominican Republic',
  'Marshall Islands',
  'South Korea',
  'North Korea',
  'Saudi Arabia',
  'Costa Rica',
  'Sierra Leone',
];
export const ALLOWED_PLACE_SET: ReadonlySet<string> = new Set(ALLOWED_PLACES);

/** Words that end a place name: it is a facility, not a town. */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'Hospital',
  'Medical',
  'Center',
  'Centre',
  'Clinic',
  'General',
  'Memorial',
  'Health',
  'Regional',
  'University',
  'Children’s',
  "Children's",
  'Rehab',
  'Rehabilitation',
  'Manor',
  'Hospice',
]);

/**
 * Capitalised words that follow a name cue ("patient", "his daughter") without being a name:
 * sentence glue, days, months, languages and beliefs, and the title-case phrases hospitals use
 * ("Patient Safety Week").
 */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...MONTHS_FULL,
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday Tomorrow'.split(' '),
  ...'The This That These Those There Then Than When While After Before During And But So Or If In On At To'.split(
    ' ',
  ),
  ...'For Of With From By As Was Is Were Are Had Has Have Did Does Who What Which Why How Where He She'.split(
    ' ',
  ),
  ...'They We It His Her Their Our My Your Its Me Him Us Them Not No Yes Just Also Still Even Only Once'.split(
    ' ',
  ),
  ...'English Spanish Portuguese French Creole Haitian Vietnamese Mandarin Cantonese Chinese Arabic Russian'.split(
    ' ',
  ),
  ...'Polish Somali Korean Japanese Hindi Tagalog Farsi American Mexican Catholic Jewish Muslim Christian'.split(
    ' ',
  ),
  ...'Baptist Jehovah Black White Hispanic Latino Latina Asian Native Deaf Blind DNR Full Code'.split(' '),
  ...'Safety Advocate Advocacy Experience Relations Care Services Satisfaction Portal Controlled Transport'.split(
    ' ',
  ),
  ...'Access Registration Family Rights Education Centered Navigator Liaison Support Flow Placement Intake'.split(
    ' ',
  ),
  ...'Identification Zero Number Name Week Day Month Year Unit Room Bed Doctor Nurse Surgeon Team'.split(' '),
  ...'Dr Mr Mrs Ms Miss Mx Prof However Honestly Afterward Afterwards Later Finally Initially Eventually'.split(
    ' ',
  ),
  ...'Overall Again Now Sometimes Luckily Thankfully Unfortunately Fortunately Instead Meanwhile Yet'.split(
    ' ',
  ),
  ...'Looking Clinically Technically Surprisingly Interestingly Ironically Sadly Personally Ultimately'.split(
    ' ',
  ),
  ...'Basically Normally Usually Typically Recently Plus Next First Second Third Last Lastly Anyway Well'.split(
    ' ',
  ),
  ...'Apparently Obviously Clearly Frankly Admittedly Okay Somehow Otherwise Perhaps Maybe Both Each'.split(
    ' ',
  ),
]);

/** Departments and places inside a hospital: "came from Cardiology" names no town. */
export const NOT_A_PLACE: ReadonlySet<string> = new Set([
  ...'Cardiology Radiology Oncology Neurology Surgery Anesthesia Anesthesiology Pharmacy Labor Delivery'.split(
    ' ',
  ),
  ...'Admitting Registration Transport Dialysis Interventional Cath Endoscopy Pediatrics Peds Nephrology'.split(
    ' ',
  ),
  ...'Hematology Pulmonology Urology Orthopedics Ortho Trauma Emergency Pre Post Recovery Holding Triage'.split(
    ' ',
  ),
  ...'Rehab Home Hospice Security Medicine Step Stepdown Telemetry Tele Neuro Cardiac Vascular Thoracic'.split(
    ' ',
  ),
]);

/** Titles that mark a colleague, not a patient: their names are not flagged. */
export const STAFF_TITLE_SOURCE = '(?:Dr|Doctor|Prof|Professor|Nurse|CRNA|RN|NP|PA)\\.?\\s+$';

export const RELATION_SOURCE =
  '(?:wife|husband|spouse|partner|daughter|son|mother|mom|mum|father|dad|sister|brother|sibling|' +
  'grandson|granddaughter|grandmother|grandma|grandfather|grandpa|grandchild|niece|nephew|aunt|' +
  'uncle|cousin|fianc[eé]e?|boyfriend|girlfriend|caregiver|guardian|friend|neighbou?r|roommate|' +
  'stepson|stepdaughter|stepmother|stepfather|(?:daughter|son|mother|father|sister|brother)-in-law|' +
  'twin|child|kid|baby)';

/** A number followed by one of these is a measurement, not an age or a date. */
export const UNIT_AFTER =
  /^\s*(?:%|°|degrees?\b|days?\b|d\b|weeks?\b|wks?\b|months?\b|mos?\b|hours?\b|hrs?\b|h\b|minutes?\b|mins?\b|seconds?\b|secs?\b|s\b|mm|cm|ml\b|mg\b|mcg\b|units?\b|kg\b|lbs?\b|percent\b|bpm\b|beats\b|breaths\b|times\b|mmhg\b|cases?\b|patients?\b)/i;
