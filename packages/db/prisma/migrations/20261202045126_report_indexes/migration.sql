-- CreateIndex
CREATE INDEX "Reflection_authorId_createdAt_idx" ON "Reflection"("authorId", "createdAt");
