-- CreateEnum
CREATE TYPE "ReflectCriterion" AS ENUM ('WRITING_SPECTRUM', 'PRESENCE', 'DILEMMA', 'EMOTIONS', 'MEANING_MAKING');

-- CreateEnum
CREATE TYPE "ReviewConcern" AS ENUM ('DISTRESS', 'UNREPORTED_SAFETY_EVENT', 'IDENTIFIABLE_DETAIL');

-- AlterEnum: the learning axis loses "NONE". Existing reviews stay valid: "none" is not a value of
-- the rubric's axis, so those reviews become unrated (NULL) instead of being charted as a value.
ALTER TABLE "Review" ALTER COLUMN "learning" DROP DEFAULT;
ALTER TABLE "Review" ALTER COLUMN "learning" DROP NOT NULL;
UPDATE "Review" SET "learning" = NULL WHERE "learning" = 'NONE';
CREATE TYPE "ReflectLearning_new" AS ENUM ('TRANSFORMATIVE', 'CONFIRMATORY');
ALTER TABLE "Review" ALTER COLUMN "learning" TYPE "ReflectLearning_new" USING ("learning"::text::"ReflectLearning_new");
ALTER TYPE "ReflectLearning" RENAME TO "ReflectLearning_old";
ALTER TYPE "ReflectLearning_new" RENAME TO "ReflectLearning";
DROP TYPE "ReflectLearning_old";

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "agreedNextStep" TEXT,
ADD COLUMN     "concerns" "ReviewConcern"[] DEFAULT ARRAY[]::"ReviewConcern"[],
ADD COLUMN     "derivedLevel" "ReflectLevel",
ADD COLUMN     "furtherQuestion" TEXT,
ADD COLUMN     "menteeResponse" TEXT,
ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "strengthNote" TEXT,
ADD COLUMN     "strengthQuote" TEXT;

-- CreateTable
CREATE TABLE "ReviewCriterionRating" (
    "reviewId" TEXT NOT NULL,
    "criterion" "ReflectCriterion" NOT NULL,
    "level" "ReflectLevel" NOT NULL,

    CONSTRAINT "ReviewCriterionRating_pkey" PRIMARY KEY ("reviewId","criterion")
);

-- AddForeignKey
ALTER TABLE "ReviewCriterionRating" ADD CONSTRAINT "ReviewCriterionRating_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;
