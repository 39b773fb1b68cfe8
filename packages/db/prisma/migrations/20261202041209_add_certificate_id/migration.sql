-- AlterTable
ALTER TABLE "ModuleProgress" ADD COLUMN     "certificateId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ModuleProgress_certificateId_key" ON "ModuleProgress"("certificateId");
