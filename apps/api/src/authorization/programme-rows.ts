import { DEFAULT_PROGRAMME_SETTINGS } from '@preceptor/domain/programme/programme-settings';
import { SIGNED_IN, STAFF } from './actors.ts';
import { freshHospitalOneCohort } from './admin-fixtures.ts';
import { type AreaRows, HOSPITAL_ONE_STAFF } from './policy-row.ts';
import { freshConcern, freshOpenCheckIn } from './programme-fixtures.ts';

/** Reminder settings per cohort, and check-ins: the respondent's own, staff's concerns and figures. */
export const PROGRAMME_ROWS: AreaRows = {
  // Hospital 1's own cohort (SMH only): otherCoordinator, of PCH, is refused it.
  'programme.settings': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.programme.settings.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'programme.updateSettings': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.programme.updateSettings.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        settings: { ...DEFAULT_PROGRAMME_SETTINGS, meetingGapDays: 21 },
      }),
  },
  'checkIns.mine': { allowed: SIGNED_IN, call: (c) => c.checkIns.mine.query() },
  // One person's check-in: its respondent alone — not the other of the match, not staff.
  'checkIns.get': {
    allowed: ['mentee'],
    call: async (c, f) => c.checkIns.get.query({ checkInId: await freshOpenCheckIn(f.app.prisma) }),
  },
  'checkIns.answer': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.checkIns.answer.mutate({
        checkInId: await freshOpenCheckIn(f.app.prisma),
        satisfaction: 4,
        meetingFrequency: 'MONTHLY',
        working: 'YES',
        comment: null,
        shareComment: false,
      }),
  },
  'checkIns.concerns': { allowed: STAFF, call: (c) => c.checkIns.concerns.query({}) },
  'checkIns.handleConcern': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.checkIns.handleConcern.mutate({ concernId: await freshConcern(f.app.prisma) }),
  },
  'checkIns.summary': { allowed: STAFF, call: (c) => c.checkIns.summary.query() },
};
