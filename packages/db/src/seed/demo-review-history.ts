/**
 * The demo mentee's earlier reflections, reviewed by the demo mentor, so the journal's growth
 * chart has points and the reviews page a history on first sign-in. Written for this product:
 * fictional situations, no names, dates, ages or record numbers (demo-review-history.test.ts
 * runs the patient-identifier check on every version). The first was written before the pair
 * was matched; all three were shared and reviewed after the match began (a reflection can only
 * be shared with a current mentor), and the levels rise as the writing deepens.
 */
import type { SeedReflectionHistory } from './review-history.ts';

const MENTEE = 'mentee@preceptor.test';
const MENTOR = 'mentor@preceptor.test';

const HANDOVER_V1 =
  '<p>I took over the pump during a long aortic case so that my senior perfusionist could take a ' +
  'break. She told me the flows, the last blood gas and when cardioplegia had last been given, and ' +
  'then she left the room.</p>' +
  '<p>About ten minutes later the surgeon asked when the next dose of cardioplegia was due. I had to ' +
  'check the record sheet because I did not know. It was due in four minutes, so we gave it on time ' +
  'and the rest of the case went normally.</p>' +
  '<p>Next time I will write the times down during the handover.</p>';

const HANDOVER_V2 =
  HANDOVER_V1 +
  '<p>Reading this again, what I left out is how I felt. When the surgeon asked, my stomach dropped. ' +
  'For a few seconds I was more worried about looking unprepared than about the case, and that is not ' +
  'where my attention should have been.</p>' +
  '<p>I think I accepted an incomplete handover because I did not want to keep my senior from her ' +
  'break, and because asking more questions felt like admitting I could not cope alone. She would much ' +
  'rather have answered two more questions than have me guess. From now on I will use the department ' +
  'handover checklist for every relief, short breaks included, and read back the next cardioplegia ' +
  'time before the person leaves the room.</p>';

const CHECKLIST_V1 =
  '<p>We were about to go on bypass when the surgeon said to go now, before I had finished the ' +
  'pre-bypass checklist. Two items were left: confirming the arterial line pressure and checking that ' +
  'the venous line clamp was where it should be.</p>' +
  '<p>I said that I needed thirty seconds to finish the checklist. The room went quiet. The surgeon ' +
  'said fine, in a voice that made clear it was not fine, and I finished the two checks out loud. ' +
  'Everything was in order and we went on bypass less than a minute later.</p>';

const CHECKLIST_V2 =
  CHECKLIST_V1 +
  '<p>Afterwards I felt two things at once: proud that I had held my ground, and embarrassed that I ' +
  'had slowed the whole room down for checks that turned out to be fine. I kept replaying the silence. ' +
  'Later I realised the surgeon was probably not being careless. The pressure was falling, and from ' +
  'where the surgeon stood, getting on bypass quickly was the safest move. We were both trying to ' +
  'protect the same patient with different information.</p>' +
  '<p>What I take from this is that the checklist is not about whether I trust the circuit; it is ' +
  'about not relying on memory when the room is under pressure. I also want to say why I am pausing, ' +
  'not only that I am pausing, so the team hears the reason and can decide with me. I would like to ' +
  'ask my mentor how she words that when seconds matter.</p>';

const PRIMING_V1 =
  '<p>While priming the circuit for the first case of the day I connected the cardioplegia line to the ' +
  'wrong port on the manifold. I found it myself during my final check, before the patient came into ' +
  'the room, and fixed it. Nobody else had noticed.</p>' +
  '<p>My first instinct was to say nothing. The error was caught, no harm was done, and reporting it ' +
  'felt like writing my own warning letter. I told my senior perfusionist anyway and filed a report in ' +
  'the safety system that morning.</p>' +
  '<p>What surprised me was my own reasoning. I had always believed that I supported a just culture, ' +
  'but when the mistake was mine I was ready to treat it as a private matter. I think I was protecting ' +
  'an idea of myself as someone who does not make that kind of error. The honest version is that the ' +
  'manifold ports look alike, I was rushing because the first case started early, and the same thing ' +
  'could happen to anyone on the team.</p>' +
  '<p>The report led to a change I did not expect: the ports are now marked with coloured tape and the ' +
  'priming checklist names them. That made me see reporting as a way of fixing the setup for the next ' +
  'person rather than as a confession. I want to keep noticing when my first instinct is to protect how ' +
  'I look, because that is the moment I am most likely to stay quiet.</p>';

export const DEMO_MENTEE_REVIEW_HISTORY: readonly SeedReflectionHistory[] = [
  {
    author: MENTEE,
    mentor: MENTOR,
    title: 'Taking over the pump mid-case',
    versions: [
      { at: '2026-08-27T01:15:00Z', body: HANDOVER_V1 },
      { at: '2026-09-27T00:40:00Z', body: HANDOVER_V2 },
    ],
    rounds: [
      {
        sharedAt: '2026-09-23T01:00:00Z',
        review: {
          at: '2026-09-25T22:30:00Z',
          criteria: {
            WRITING_SPECTRUM: 'HABITUAL_ACTION',
            PRESENCE: 'THOUGHTFUL_ACTION',
            DILEMMA: 'HABITUAL_ACTION',
            EMOTIONS: 'HABITUAL_ACTION',
            MEANING_MAKING: 'HABITUAL_ACTION',
          },
          strengthQuote: 'I had to check the record sheet because I did not know.',
          strengthNote:
            'You are honest about the gap instead of smoothing it over. That honesty is where reflection starts.',
          furtherQuestion:
            'How did it feel to be asked something you could not answer at once, and why did the handover feel complete when it was not?',
          generalComment:
            'A clear account of what happened. Before I mark it reviewed, could you add what you were thinking and feeling, and why the gap mattered to you? A paragraph or two is plenty.',
          outcome: 'REVISION_REQUESTED',
          comments: [
            {
              passage: 'Next time I will write the times down during the handover.',
              body: 'A good start. What would you ask the person handing over, beyond the times?',
            },
          ],
        },
      },
      {
        sharedAt: '2026-09-27T00:45:00Z',
        review: {
          at: '2026-09-29T21:10:00Z',
          criteria: {
            WRITING_SPECTRUM: 'THOUGHTFUL_ACTION',
            PRESENCE: 'REFLECTION',
            DILEMMA: 'THOUGHTFUL_ACTION',
            EMOTIONS: 'REFLECTION',
            MEANING_MAKING: 'THOUGHTFUL_ACTION',
          },
          strengthQuote:
            'For a few seconds I was more worried about looking unprepared than about the case, and that is not where my attention should have been.',
          strengthNote: 'You name the feeling and what it pulled your attention away from.',
          furtherQuestion:
            'How might your senior have seen the same handover, and what would a good one look like from her side?',
          generalComment:
            'Thank you for coming back to this. The new paragraphs are where you start to make sense of it.',
          outcome: 'REVIEWED',
        },
      },
    ],
  },
  {
    author: MENTEE,
    mentor: MENTOR,
    title: 'When the checklist was cut short',
    versions: [
      { at: '2026-09-09T02:20:00Z', body: CHECKLIST_V1 },
      { at: '2026-10-04T23:50:00Z', body: CHECKLIST_V2 },
    ],
    rounds: [
      {
        sharedAt: '2026-10-05T00:05:00Z',
        review: {
          at: '2026-10-07T21:40:00Z',
          criteria: {
            WRITING_SPECTRUM: 'REFLECTION',
            PRESENCE: 'REFLECTION',
            DILEMMA: 'REFLECTION',
            EMOTIONS: 'REFLECTION',
            MEANING_MAKING: 'THOUGHTFUL_ACTION',
          },
          learning: 'CONFIRMATORY',
          strengthQuote: 'We were both trying to protect the same patient with different information.',
          strengthNote:
            'You step into the surgeon’s position without excusing yourself or blaming them. That turns an incident into a reflection.',
          furtherQuestion:
            'What would you need to hear from a surgeon, in the moment, to decide that the checklist can wait? Is there such a case?',
          generalComment: 'A strong piece. Let us practise the words for a pause at our next meeting.',
          outcome: 'REVIEWED',
        },
      },
    ],
  },
  {
    author: MENTEE,
    mentor: MENTOR,
    title: 'Reporting my own priming error',
    versions: [{ at: '2026-10-11T01:30:00Z', body: PRIMING_V1 }],
    rounds: [
      {
        sharedAt: '2026-10-12T00:15:00Z',
        review: {
          at: '2026-10-14T22:00:00Z',
          criteria: {
            WRITING_SPECTRUM: 'CRITICAL_REFLECTION',
            PRESENCE: 'CRITICAL_REFLECTION',
            DILEMMA: 'REFLECTION',
            EMOTIONS: 'REFLECTION',
            MEANING_MAKING: 'CRITICAL_REFLECTION',
          },
          learning: 'TRANSFORMATIVE',
          strengthQuote:
            'I had always believed that I supported a just culture, but when the mistake was mine I was ready to treat it as a private matter.',
          strengthNote:
            'You question a belief about yourself, not only what you did, and you stay with the discomfort.',
          furtherQuestion:
            'How will you know, a few months from now, that you are catching that first instinct, and who else on the team could hear this story?',
          generalComment:
            'Thank you for trusting me with this one. Would you be willing to tell it at a department safety huddle?',
          outcome: 'REVIEWED',
          response: {
            at: '2026-10-16T00:30:00Z',
            response:
              'Yes, I would like to. Writing it down made it feel less like a confession and more like something useful for the others.',
            agreedNextStep:
              'Tell the story of the manifold ports at the next safety huddle, and ask one colleague to tell me when they see me rushing a prime.',
          },
        },
      },
    ],
  },
];
