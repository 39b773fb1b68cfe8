-- CreateTable
CREATE TABLE "ReportRollup" (
    "section" TEXT NOT NULL,
    "slice" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportRollup_pkey" PRIMARY KEY ("section","slice")
);
