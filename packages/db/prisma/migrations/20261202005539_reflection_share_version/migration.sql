-- AlterTable: each share names the version the writer shared. For shares made before, that is
-- the newest version kept when the share was made (edits after it, in "revision requested",
-- were never shared); a reflection with no such history row falls back to its current version.
ALTER TABLE "ReflectionShare" ADD COLUMN     "version" INTEGER;
UPDATE "ReflectionShare" AS s SET "version" = COALESCE(
  (SELECT MAX(v."version") FROM "ReflectionVersion" AS v
    WHERE v."reflectionId" = s."reflectionId" AND v."createdAt" <= s."sharedAt"),
  (SELECT r."version" FROM "Reflection" AS r WHERE r."id" = s."reflectionId")
);
ALTER TABLE "ReflectionShare" ALTER COLUMN "version" SET NOT NULL;
