/**
 * A reviewed reflection or two for a few of the staff-made pairs (pairings.ts), at Pacific Crest
 * and Lakeshore, so the reports' reflection pipeline and REFLECT levels by month have figures
 * beyond St. Mary's. Kept to four short pieces: the seed stays fast. Same rules as the demo
 * mentee's (demo-review-history.ts): fictional, no patient identifiers, shared only after the
 * pair was matched.
 */
import { personEmail } from './network.ts';
import type { SeedReflectionHistory } from './review-history.ts';

const CRUZ = personEmail('Marisol', 'Cruz', 'PCH');
const NGUYEN = personEmail('Catherine', 'Nguyen', 'PCH');
const VO = personEmail('Lan', 'Vo', 'PCH');
const FOSTER = personEmail('Linda', 'Foster', 'PCH');
const RAMIREZ = personEmail('Isabel', 'Ramirez', 'LUH');
const ASANTE = personEmail('Kwame', 'Asante', 'LUH');

const WEAN =
  '<p>Coming off bypass at the end of a valve case, the pressures would not hold and the surgeon wanted ' +
  'to try again. I was running the pump alone for the first time at the end of a case. I knew the steps ' +
  'but I did not feel ready for a second attempt, so I called my senior to the room.</p>' +
  '<p>She arrived in a few minutes and talked me through it from beside the console, and the second ' +
  'attempt went well. I felt a bit foolish for calling, but I would rather be the perfusionist who asks ' +
  'than the one who guesses.</p>';

const PRODUCTS =
  '<p>During a long redo case the anesthesiologist wanted to give more plasma while I thought the ' +
  'coagulation results pointed to platelets instead. I said so, quietly, and was told to run what had ' +
  'been asked for. I did, and the bleeding settled after both products were given, so I will never know ' +
  'who was right.</p>' +
  '<p>What stays with me is how quickly I gave up. I had the numbers in front of me, but I framed my ' +
  'view as a hunch instead of pointing to the result. I think I was deferring to rank rather than to ' +
  'evidence. Next time I want to show the result on the screen and ask what we are each seeing in it, ' +
  'which invites a conversation rather than a contest.</p>';

const COUNT =
  '<p>At closing the sponge count was one short. I said so, and the surgeon asked me to count again ' +
  'because the case had gone smoothly. I counted again and it was still one short. We stopped, searched, ' +
  'and found it in the linen hamper, where it had been thrown with a drape.</p>' +
  '<p>I was nervous about holding up closing, but the count is my job and I would not sign it off. ' +
  'Afterwards the circulating nurse thanked me, which helped more than I expected.</p>';

const RETRACTION =
  '<p>Halfway through a long spinal fusion my arms started shaking from holding retraction. I told ' +
  'myself to push through, because asking for a swap felt like admitting weakness in front of a surgeon ' +
  'I had only worked with twice.</p>' +
  '<p>When I finally asked, the surgeon simply called for a self-retaining retractor and said I should ' +
  'have spoken sooner. I had assumed that enduring discomfort was part of being a good assistant. ' +
  'Looking back, a shaking hand near the dura is a safety problem, not a test of character. I want to ' +
  'name fatigue early, as information the team needs, and I now check before long cases which ' +
  'retractors are in the room.</p>';

export const NETWORK_REVIEW_HISTORY: readonly SeedReflectionHistory[] = [
  {
    author: CRUZ,
    mentor: NGUYEN,
    title: 'Calling for help with a second wean',
    versions: [{ at: '2026-09-30T23:10:00Z', body: WEAN }],
    rounds: [
      {
        sharedAt: '2026-10-01T23:30:00Z',
        review: {
          at: '2026-10-04T19:20:00Z',
          criteria: {
            WRITING_SPECTRUM: 'THOUGHTFUL_ACTION',
            PRESENCE: 'REFLECTION',
            DILEMMA: 'THOUGHTFUL_ACTION',
            EMOTIONS: 'THOUGHTFUL_ACTION',
            MEANING_MAKING: 'HABITUAL_ACTION',
          },
          strengthQuote: 'I would rather be the perfusionist who asks than the one who guesses.',
          strengthNote: 'A clear value, stated in your own words.',
          furtherQuestion: 'What told you that you were not ready, and how did your senior see the moment?',
          generalComment:
            'Calling was the right decision. I would like to hear more about the foolish feeling.',
          outcome: 'REVIEWED',
        },
      },
    ],
  },
  {
    author: CRUZ,
    mentor: NGUYEN,
    title: 'Giving up too quickly on a blood product question',
    versions: [{ at: '2026-11-03T00:40:00Z', body: PRODUCTS }],
    rounds: [
      {
        sharedAt: '2026-11-03T01:00:00Z',
        review: {
          at: '2026-11-05T18:45:00Z',
          criteria: {
            WRITING_SPECTRUM: 'REFLECTION',
            PRESENCE: 'REFLECTION',
            DILEMMA: 'REFLECTION',
            EMOTIONS: 'THOUGHTFUL_ACTION',
            MEANING_MAKING: 'REFLECTION',
          },
          learning: 'CONFIRMATORY',
          strengthQuote: 'I think I was deferring to rank rather than to evidence.',
          strengthNote: 'You see the pattern behind the moment, not only the moment.',
          furtherQuestion:
            'How did it feel to be overruled, and how might the anesthesiologist describe the same exchange?',
          generalComment: 'Showing the result on the screen is a good, concrete plan.',
          outcome: 'REVIEWED',
        },
      },
    ],
  },
  {
    author: VO,
    mentor: FOSTER,
    title: 'A count that would not add up',
    versions: [{ at: '2026-10-20T22:00:00Z', body: COUNT }],
    rounds: [
      {
        sharedAt: '2026-10-20T22:10:00Z',
        review: {
          at: '2026-10-23T20:30:00Z',
          criteria: {
            WRITING_SPECTRUM: 'THOUGHTFUL_ACTION',
            PRESENCE: 'THOUGHTFUL_ACTION',
            DILEMMA: 'THOUGHTFUL_ACTION',
            EMOTIONS: 'THOUGHTFUL_ACTION',
            MEANING_MAKING: 'HABITUAL_ACTION',
          },
          strengthQuote: 'the count is my job and I would not sign it off',
          strengthNote: 'You held the standard under pressure and say so plainly.',
          furtherQuestion:
            'Why do you think the thanks helped so much, and what does that say about how you felt before it?',
          generalComment: 'Well done on the count itself.',
          outcome: 'REVIEWED',
        },
      },
    ],
  },
  {
    author: RAMIREZ,
    mentor: ASANTE,
    title: 'Saying when my arms were done',
    versions: [{ at: '2026-10-28T23:30:00Z', body: RETRACTION }],
    rounds: [
      {
        sharedAt: '2026-10-29T00:00:00Z',
        review: {
          at: '2026-10-31T17:15:00Z',
          criteria: {
            WRITING_SPECTRUM: 'REFLECTION',
            PRESENCE: 'REFLECTION',
            DILEMMA: 'REFLECTION',
            EMOTIONS: 'REFLECTION',
            MEANING_MAKING: 'CRITICAL_REFLECTION',
          },
          learning: 'TRANSFORMATIVE',
          strengthQuote: 'a shaking hand near the dura is a safety problem, not a test of character',
          strengthNote: 'You question an assumption about what a good assistant is.',
          furtherQuestion: 'Where else might the idea that enduring is a virtue be shaping what you do?',
          generalComment:
            'Checking the retractors before long cases is exactly the kind of change that lasts.',
          outcome: 'REVIEWED',
        },
      },
    ],
  },
];
