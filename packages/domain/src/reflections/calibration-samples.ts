import type { ReflectCriterion, ReflectLearning, ReflectLevel } from './reflect-rubric.ts';

/*
 * Practice for new mentors: three reflections written for Preceptor (invented cases, no patient or
 * colleague identifiers), each rated by an experienced rater per criterion with the reason. A
 * mentor rates one and compares; nothing they choose is stored. The overall levels span the rubric
 * so a mentor sees habitual action, thoughtful action and critical reflection side by side.
 */

export interface ExemplarRating {
  level: ReflectLevel;
  /** Why an experienced rater chose this level, pointing at the writing. */
  why: string;
}

export interface CalibrationSample {
  key: string;
  title: string;
  /** The setting, in one line, as a mentor would see it above the text. */
  context: string;
  /** Paragraphs of the reflection. */
  paragraphs: readonly string[];
  exemplar: {
    criteria: Record<ReflectCriterion, ExemplarRating>;
    overall: ReflectLevel;
    /** Only for reflection or critical reflection; null when not applicable. */
    learning: ReflectLearning | null;
    summary: string;
  };
}

export const CALIBRATION_SAMPLES: readonly CalibrationSample[] = [
  {
    key: 'heparin-recheck',
    title: 'The heparin dose on bypass',
    context: 'A second-year perfusionist writes about a cardiac case.',
    paragraphs: [
      'We started bypass at about ten in the morning. The surgeon asked for more heparin after the first ACT came back low. I gave the dose the anaesthetist ordered and we rechecked the ACT after three minutes.',
      'The second ACT was above the target so we continued. The rest of the case was routine and we came off bypass without problems. I charted the doses and the ACT values in the perfusion record.',
      'It was a good case and the team worked well together.',
    ],
    exemplar: {
      criteria: {
        WRITING_SPECTRUM: {
          level: 'HABITUAL_ACTION',
          why: 'A sequence of events, in order; nothing is explored.',
        },
        PRESENCE: {
          level: 'HABITUAL_ACTION',
          why: 'The writer appears only as the one who did tasks; it reads like the chart.',
        },
        DILEMMA: {
          level: 'HABITUAL_ACTION',
          why: 'A low ACT on bypass is a potential dilemma, but it is not recognised as one.',
        },
        EMOTIONS: { level: 'HABITUAL_ACTION', why: 'No feeling is mentioned at any point.' },
        MEANING_MAKING: {
          level: 'THOUGHTFUL_ACTION',
          why: '“The team worked well together” is a conclusion, stated rather than reasoned.',
        },
      },
      overall: 'HABITUAL_ACTION',
      learning: null,
      summary:
        'A clear, accurate account with little of the writer in it. A mentor might ask what went through their mind when the first ACT came back low.',
    },
  },
  {
    key: 'speaking-up-count',
    title: 'The count I did not challenge',
    context: 'A newly qualified surgical technologist writes about a closing count.',
    paragraphs: [
      'At closing the circulating nurse and I counted the sponges and I was sure we were one short. The surgeon said the count had been right at the first closure and asked us to hurry because the next case was waiting.',
      'I felt my face go hot. I said quietly that I thought we were missing one, but when nobody stopped I recounted by myself and found it in the kick bucket under a drape. I was relieved, and also angry with myself for speaking so quietly that it was easy to ignore.',
      'I think I stayed quiet because I am new and the surgeon is very senior. I know the policy says anyone can stop a count. Next time I want to say “I need the count stopped” clearly, not hint at it.',
    ],
    exemplar: {
      criteria: {
        WRITING_SPECTRUM: {
          level: 'THOUGHTFUL_ACTION',
          why: 'Mostly description, with some exploration of why the writer spoke quietly.',
        },
        PRESENCE: { level: 'REFLECTION', why: 'The writer is inside the moment: “I felt my face go hot.”' },
        DILEMMA: {
          level: 'THOUGHTFUL_ACTION',
          why: 'The conflict (time pressure and seniority against the count) is named but not weighed from the surgeon’s or nurse’s side.',
        },
        EMOTIONS: {
          level: 'REFLECTION',
          why: 'Relief and anger are named and linked to what the writer did.',
        },
        MEANING_MAKING: {
          level: 'THOUGHTFUL_ACTION',
          why: 'The explanation (new, senior surgeon) is offered but not examined; the plan follows from it directly.',
        },
      },
      overall: 'THOUGHTFUL_ACTION',
      learning: null,
      summary:
        'The writer is present and honest about feelings, but takes their own explanation at face value. A mentor might ask what the surgeon might have needed to hear to stop.',
    },
  },
  {
    key: 'neuromonitoring-signal-loss',
    title: 'When I doubted my own signal',
    context: 'An intraoperative neuromonitoring technologist writes about a spine case.',
    paragraphs: [
      'Halfway through a spinal fusion the motor potentials on the left leg dropped sharply. My first thought was that it was technical — a lead, the anaesthetic — and I spent two minutes checking electrodes before I told the surgeon. The remote neurophysiologist agreed it looked real as soon as I messaged. The surgeon loosened the distraction and the signals came back.',
      'Afterwards I kept coming back to those two minutes. I felt sick when I realised why I had checked first: I was afraid of being the technologist who stops a case for a loose wire. I had been treating a false alarm as the worst outcome, when a late true alarm is far worse for the patient.',
      'Talking with the neurophysiologist later, I saw that the team does not expect me to be certain before I speak; they expect me to say what I see and what I am checking. My assumption that I had to be sure first came from my training lab, where an unnecessary alert felt like failing. That is not how an operating room should work.',
      'I have changed how I alert: I now say “significant change on the left leg, checking technical causes now” at once, and check in parallel. I also want to raise at our team meeting whether we could agree this wording so that newer technologists feel allowed to use it.',
    ],
    exemplar: {
      criteria: {
        WRITING_SPECTRUM: {
          level: 'CRITICAL_REFLECTION',
          why: 'The events are the starting point; most of the writing explores them from the patient’s, the team’s and the writer’s side.',
        },
        PRESENCE: {
          level: 'CRITICAL_REFLECTION',
          why: 'Fully present, including an uncomfortable motive (“I was afraid…”).',
        },
        DILEMMA: {
          level: 'CRITICAL_REFLECTION',
          why: 'The dilemma (false alarm against late alarm) is examined and shown to rest on the writer’s own assumption.',
        },
        EMOTIONS: {
          level: 'REFLECTION',
          why: 'Fear and nausea are explored and tied to the delay; their role is clear, though not examined further.',
        },
        MEANING_MAKING: {
          level: 'CRITICAL_REFLECTION',
          why: 'The analysis traces the assumption to its source and changes practice, for the writer and possibly the team.',
        },
      },
      overall: 'CRITICAL_REFLECTION',
      learning: 'TRANSFORMATIVE',
      summary:
        'The writer questions an assumption they had not seen before and changes how they alert. Transformative learning: the perspective changed, not only the practice.',
    },
  },
];

export function calibrationSample(key: string): CalibrationSample | undefined {
  return CALIBRATION_SAMPLES.find((sample) => sample.key === key);
}
