/*
 * Word lists that decide whether a word in a name lexicon is a patient's name here: colleagues'
 * roles, clinical eponyms and brands, organisations, and the verbs people are the subject of.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** A name right after one of these (or "my/our" + one) is a colleague's, not a patient's. */
export const STAFF_ROLES = words(`
  dr doctor nurse preceptor mentor mentee educator charge attending resident fellow surgeon
  anesthesiologist anesthetist crna rn np pa tech technologist perfusionist manager colleague
  coworker co-worker director chaplain rt therapist pharmacist interpreter intern student scrub
  circulator midwife physician hospitalist intensivist cardiologist neurologist radiologist
  supervisor lead instructor professor prof coordinator partner teammate friend buddy orienter
  neurophysiologist neuromonitorist monitorist sister-in-charge
`);

/**
 * Capitalised words that are in name lists but in a reflection are eponyms, brands, devices,
 * organisations or clinical terms ("steep Trendelenburg", "the Glenn", "Mayo Clinic").
 */
export const CLINICAL_PROPER_WORDS = words(`
  trendelenburg norwood fontan glenn swan ganz allen whipple foley bovie cushing parkinson
  alzheimer crohn graves hodgkin guillain barre barré down ross bentall maze kussmaul homan homans
  epley parkland glasgow ringer ringers macintosh mac miller sengstaken blakemore apgar mallampati
  impella berlin levophed eliquis xarelto coumadin zofran ancef glidescope medtronic maquet abbott
  stryker baxter kaiser permanente mayo hopkins johns cleveland stanford leapfrog amsect aana sbar
  teamsteps teamstepps nissen roux hartmann hashimoto blalock taussig seldinger valsalva heimlich
  doppler holter bair hugger ambu yankauer frazier penrose jackson pratt luer murphy mcburney
  babinski romberg brudzinski kernig korotkoff starling frank poiseuille laplace fick
  wolff white tetralogy fallot ebstein kawasaki marfan ehlers danlos turner noonan dandy walker
  arnold chiari wernicke korsakoff broca bell horner brown sequard osler weber rendu
  stevens johnson reye tourette asperger addison conn wilson wilms ewing kaposi burkitt
  barrett zenker mallory meckel hirschsprung whipple's propofol precedex versed fentanyl
  dilaudid toradol tylenol motrin lasix heparin protamine amicar cellsaver cell saver stat
  hemochron tegaderm dermabond betadine chloraprep duraprep prolene vicryl monocryl ethibond
  pds gore tex dacron hemashield bard arrow cook cordis edwards sapien corevalve evolut
  watchman mitraclip lifevest zoll philips ge siemens cerner epic pyxis omnicell alaris
  medfusion sigma spectrum braun fresenius getinge cardiohelp centrimag rotaflow heartmate
  heartware jarvik syncardia abiomed tandem lifesparc cardiosave intrepid pall
  st luke lukes luke's mary mary's joseph joseph's francis vincent jude jude's mercy providence
  sutter dignity kaiser's queens queen's tripler kapiolani straub kuakini
  christmas easter thanksgiving whiteboard handoff dex tongan igbo yoruba hindu sikh mormon
  amish hmong ilocano samoan hawaiian fijian laotian khmer punjabi urdu gujarati tamil swahili
  amharic tigrinya pashto dari navajo lakota ojibwe cherokee apache hopi zuni tewa
  board transfer report rounds pt pts patient bed bay pod room roux-en-y en bleed stop eve lunar
  blood management year years nido del
`);

/** Verbs and words after a capitalised unknown word that show it is a person. */
export const PERSON_AFTER = words(`
  was wasn't is isn't had hadn't has kept asked said says told wanted wants needed refused begged
  came went died coded arrested collapsed woke squeezed held pulled tried cried smiled laughed
  looked seemed spoke didn't did could couldn't would wouldn't got made insisted wrote sang joked
  apologized remembered desatted bled seized stroked extubated self-extubated fell drove
  opened grabbed screamed yelled thanked hugged whispered prayed refuses asks wants needs
  gripped reached waved nodded winced moaned stopped started passed lost survived recovered
  lived lives worked works loved hated begged grimaced tolerated failed
  and
`);

/** Words before a name that make it a patient or family member ("Poor Earl", "Grandpa Mort"). */
export const FAMILY_CUES = words(`
  grandpa grandma granny gramps nana papa pops abuela abuelo abuelita abuelito tutu auntie aunty
  uncle tita tito lola lolo baba dida poor little baby sweet old young
`);

/** Initials that are not a person: "U.S.", "a.m.", "P.O.". */
export const NOT_INITIALS = words(
  'U.S. A.M. P.M. P.O. D.C. O.R. E.R. I.V. N.P. R.N. M.D. D.O. B.S. A.S. U.K. L.A.',
);

/** Acronyms in board style ("OR, 4") that look like "WONG, K". */
export const CAPS_NOT_NAMES = words(`
  OR ER ED ICU PACU PICU NICU CVICU SICU MICU CCU MRI CT IR BP HR MAP DNR DNI NPO TEE TOF GCS
  PEEP ECMO IABP MEP MEPS SSEP SSEPS EEG EMG ABG ACT INR PTT CBC BMP CMP HGB HCT PLT FFP PRBC
  RN NP PA MD DO CRNA RT PT OT NT ND DM HTN HLD CAD CHF COPD AKI CKD ESRD UTI PNA PE DVT AAA
  CABG AVR MVR TAVR PCI STEMI NSTEMI VF VT PEA ROSC CPR ACLS BLS PALS ATLS SBAR LOL OK BID
  TID QID PRN STAT POD LMA ETT NG OG IV IO SQ IM PO SPO ICP CVP PAP SVR SVO SVV CO CI EF
  LV RV LA RA AV MV TV PV IVC SVC VA VV LVAD RVAD BIVAD IMPELLA TEG ROTEM
`);
