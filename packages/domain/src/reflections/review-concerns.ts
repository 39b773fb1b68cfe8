import { z } from 'zod';

/**
 * What a mentor may flag in a review, and what the writer is shown for each. The texts name routes
 * every hospital has (its peer-support or employee assistance programme, its safety-event
 * reporting system) rather than one hospital's phone numbers, which Preceptor does not hold.
 */
export const ReviewConcern = z.enum(['DISTRESS', 'UNREPORTED_SAFETY_EVENT', 'IDENTIFIABLE_DETAIL']);
export type ReviewConcern = z.infer<typeof ReviewConcern>;

export interface ReviewConcernGuide {
  /** What the mentor ticks. */
  label: string;
  /** When to tick it, for the mentor. */
  description: string;
  /** The heading the writer sees. */
  title: string;
  /** What the writer is told, one paragraph each. */
  guidance: readonly string[];
}

export const REVIEW_CONCERNS: Record<ReviewConcern, ReviewConcernGuide> = {
  DISTRESS: {
    label: 'The writer seems distressed',
    description: 'The writing suggests the experience still weighs heavily on them.',
    title: 'Support is there for you',
    guidance: [
      'Your mentor noticed that this experience may still weigh on you. Feeling shaken after a difficult case is common among clinicians, and talking helps.',
      'Your hospital’s peer-support programme (sometimes called “second victim” or clinician support) and its employee assistance programme offer confidential conversations with trained colleagues or counsellors. Your mentor can help you reach them.',
      'If you ever feel unsafe or think about harming yourself, call or text 988 (Suicide & Crisis Lifeline, US) or your local emergency number now.',
    ],
  },
  UNREPORTED_SAFETY_EVENT: {
    label: 'A safety event may not have been reported',
    description: 'The writing describes an error, near miss or harm that may not be in the reporting system.',
    title: 'Has this event been reported?',
    guidance: [
      'Your mentor thinks the event you describe may not have been reported yet. Reporting errors and near misses protects the next patient, and in a just culture it is expected, not punished.',
      'Report it through your hospital’s safety-event reporting system, or tell your charge nurse, supervisor or department’s patient-safety lead, who can file it with you. Leave patient identifiers out of this journal; they belong in the report.',
    ],
  },
  IDENTIFIABLE_DETAIL: {
    label: 'Identifiable detail remains',
    description: 'A patient, colleague or family could still be recognised from the text.',
    title: 'Please edit out identifiable detail',
    guidance: [
      'Your mentor found detail that could still identify a patient or another person (for example a name, a date, a place or an unusual fact). Please edit it out: change the passage in your reflection, then share it again.',
    ],
  },
};
