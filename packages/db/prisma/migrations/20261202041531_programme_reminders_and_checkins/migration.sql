-- CreateEnum
CREATE TYPE "CheckInOccasion" AS ENUM ('DAY_30', 'DAY_90', 'COHORT_END');

-- CreateEnum
CREATE TYPE "MeetingFrequency" AS ENUM ('WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY', 'LESS_OFTEN', 'NOT_YET');

-- CreateEnum
CREATE TYPE "MatchWorking" AS ENUM ('YES', 'NOT_SURE', 'NO');

-- CreateTable
CREATE TABLE "CohortProgrammeSettings" (
    "cohortId" TEXT NOT NULL,
    "moduleDueEnabled" BOOLEAN NOT NULL DEFAULT true,
    "moduleDueDays" INTEGER NOT NULL DEFAULT 3,
    "moduleOverdueEnabled" BOOLEAN NOT NULL DEFAULT true,
    "moduleOverdueDays" INTEGER NOT NULL DEFAULT 7,
    "overdueDigestEnabled" BOOLEAN NOT NULL DEFAULT true,
    "reviewWaitingEnabled" BOOLEAN NOT NULL DEFAULT true,
    "reviewWaitingDays" INTEGER NOT NULL DEFAULT 5,
    "reviewEscalationEnabled" BOOLEAN NOT NULL DEFAULT true,
    "reviewEscalationDays" INTEGER NOT NULL DEFAULT 10,
    "meetingGapEnabled" BOOLEAN NOT NULL DEFAULT true,
    "meetingGapDays" INTEGER NOT NULL DEFAULT 30,
    "cohortStartingEnabled" BOOLEAN NOT NULL DEFAULT true,
    "cohortStartingDays" INTEGER NOT NULL DEFAULT 7,
    "cohortEndingEnabled" BOOLEAN NOT NULL DEFAULT true,
    "cohortEndingDays" INTEGER NOT NULL DEFAULT 14,
    "matchWelcomeEnabled" BOOLEAN NOT NULL DEFAULT true,
    "checkInsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "CohortProgrammeSettings_pkey" PRIMARY KEY ("cohortId")
);

-- CreateTable
CREATE TABLE "ProgrammeReminder" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgrammeReminder_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "occasion" "CheckInOccasion" NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),
    "satisfaction" INTEGER,
    "meetingFrequency" "MeetingFrequency",
    "working" "MatchWorking",
    "comment" TEXT,
    "shareComment" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInConcern" (
    "id" TEXT NOT NULL,
    "checkInId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "raisedAt" TIMESTAMPTZ(3) NOT NULL,
    "handledAt" TIMESTAMPTZ(3),
    "handledById" TEXT,

    CONSTRAINT "CheckInConcern_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeReminder_cohortId_kind_idx" ON "ProgrammeReminder"("cohortId", "kind");

-- CreateIndex
CREATE INDEX "ProgrammeReminder_userId_idx" ON "ProgrammeReminder"("userId");

-- CreateIndex
CREATE INDEX "CheckIn_userId_answeredAt_idx" ON "CheckIn"("userId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_matchId_userId_occasion_key" ON "CheckIn"("matchId", "userId", "occasion");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInConcern_checkInId_key" ON "CheckInConcern"("checkInId");

-- CreateIndex
CREATE INDEX "CheckInConcern_cohortId_handledAt_idx" ON "CheckInConcern"("cohortId", "handledAt");

-- AddForeignKey
ALTER TABLE "CohortProgrammeSettings" ADD CONSTRAINT "CohortProgrammeSettings_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInConcern" ADD CONSTRAINT "CheckInConcern_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;
