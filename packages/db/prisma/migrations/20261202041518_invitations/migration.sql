-- AlterTable
ALTER TABLE "PasswordSetupToken" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignedInAt" TIMESTAMP(3);

-- People who signed in before this column existed: their last sign-in from the audit trail.
UPDATE "User" u SET "lastSignedInAt" = a.last
FROM (SELECT "actorId", max("createdAt") AS last FROM "AuditLog" WHERE action = 'auth.sign_in' GROUP BY "actorId") a
WHERE a."actorId" = u.id;
