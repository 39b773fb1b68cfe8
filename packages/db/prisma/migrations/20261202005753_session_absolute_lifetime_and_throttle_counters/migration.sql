-- AlterTable: sessions opened before this change end 90 days after they were created.
ALTER TABLE "Session" ADD COLUMN     "absoluteExpiresAt" TIMESTAMP(3);
UPDATE "Session" SET "absoluteExpiresAt" = "createdAt" + INTERVAL '90 days';
ALTER TABLE "Session" ALTER COLUMN "absoluteExpiresAt" SET NOT NULL;

-- CreateTable
CREATE TABLE "ThrottleCounter" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "lastAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ThrottleCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ThrottleCounter_resetAt_idx" ON "ThrottleCounter"("resetAt");
