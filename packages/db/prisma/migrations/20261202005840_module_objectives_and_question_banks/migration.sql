-- AlterTable
ALTER TABLE "ModuleSection" ADD COLUMN     "debrief" TEXT,
ADD COLUMN     "questionsPerAttempt" INTEGER;

-- AlterTable
ALTER TABLE "ModuleVersion" ADD COLUMN     "lastReviewedOn" DATE,
ADD COLUMN     "objectives" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "references" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reviewerRole" TEXT;

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "questionKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "QuizQuestion" ADD COLUMN     "objectiveKey" TEXT;
