-- Every server process keeps a read cache (apps/api/src/cache/) of sessions and per-person reads.
-- These triggers tell all of them, through NOTIFY on the channel "preceptor_cache", what changed
-- when a transaction commits: 'p:<person id>,<person id>,…' (drop what is cached for these
-- people), or '*' (drop everything: rare global changes, or too many people for one payload).
-- Statement-level with transition tables, so a bulk write sends one short message, and
-- PostgreSQL folds identical messages of one transaction into one.

-- Sends one message naming these people (comma-separated ids), or '*' when the list would not
-- fit in a NOTIFY payload (8,000 bytes).
CREATE FUNCTION preceptor_cache_send(people text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF people IS NULL OR people = '' THEN
    RETURN;
  END IF;
  IF length(people) > 7000 THEN
    PERFORM pg_notify('preceptor_cache', '*');
  ELSE
    PERFORM pg_notify('preceptor_cache', 'p:' || people);
  END IF;
END $$;

-- The people in column TG_ARGV[0] of the rows written.
CREATE FUNCTION preceptor_cache_notify_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  people text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('preceptor_cache', '*');
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT string_agg(DISTINCT %1$I::text, '','') FROM new_rows', TG_ARGV[0]) INTO people;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT string_agg(DISTINCT %1$I::text, '','') FROM old_rows', TG_ARGV[0]) INTO people;
  ELSE
    EXECUTE format(
      'SELECT string_agg(DISTINCT p, '','') FROM (SELECT %1$I::text AS p FROM new_rows UNION SELECT %1$I::text FROM old_rows) t',
      TG_ARGV[0]) INTO people;
  END IF;
  PERFORM preceptor_cache_send(people);
  RETURN NULL;
END $$;

-- The members of the cohorts in column TG_ARGV[0] of the rows written (a cohort's status, name
-- or curriculum decides its members' roles and assigned modules).
CREATE FUNCTION preceptor_cache_notify_cohort_members() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  people text;
  cohorts text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('preceptor_cache', '*');
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    cohorts := format('SELECT %1$I FROM new_rows', TG_ARGV[0]);
  ELSIF TG_OP = 'DELETE' THEN
    cohorts := format('SELECT %1$I FROM old_rows', TG_ARGV[0]);
  ELSE
    cohorts := format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0]);
  END IF;
  EXECUTE 'SELECT string_agg(DISTINCT m."userId", '','') FROM "Membership" m WHERE m."cohortId" IN ('
    || cohorts || ')' INTO people;
  PERFORM preceptor_cache_send(people);
  RETURN NULL;
END $$;

-- Everything: hospitals (names and whether active show in every session of their people) and
-- modules (slugs, archiving).
CREATE FUNCTION preceptor_cache_notify_everything() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('preceptor_cache', '*');
  RETURN NULL;
END $$;

-- Everything when a published or retired module version is written (publishing changes every
-- mentee's module list); editing a draft changes nothing cached, and drafts are saved often.
CREATE FUNCTION preceptor_cache_notify_module_versions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  visible boolean;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    visible := true;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT bool_or(status <> 'DRAFT') FROM new_rows INTO visible;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT bool_or(status <> 'DRAFT') FROM old_rows INTO visible;
  ELSE
    SELECT bool_or(status <> 'DRAFT')
      FROM (SELECT status FROM new_rows UNION ALL SELECT status FROM old_rows) t INTO visible;
  END IF;
  IF visible THEN
    PERFORM pg_notify('preceptor_cache', '*');
  END IF;
  RETURN NULL;
END $$;

-- Session
CREATE TRIGGER "Session_cache_update" AFTER UPDATE ON "Session"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Session_cache_delete" AFTER DELETE ON "Session"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Session_cache_truncate" AFTER TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');

-- User
CREATE TRIGGER "User_cache_update" AFTER UPDATE ON "User"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('id');
CREATE TRIGGER "User_cache_delete" AFTER DELETE ON "User"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('id');
CREATE TRIGGER "User_cache_truncate" AFTER TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('id');

-- StaffRole
CREATE TRIGGER "StaffRole_cache_insert" AFTER INSERT ON "StaffRole"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "StaffRole_cache_update" AFTER UPDATE ON "StaffRole"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "StaffRole_cache_delete" AFTER DELETE ON "StaffRole"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "StaffRole_cache_truncate" AFTER TRUNCATE ON "StaffRole"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');

-- Membership
CREATE TRIGGER "Membership_cache_insert" AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Membership_cache_update" AFTER UPDATE ON "Membership"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Membership_cache_delete" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Membership_cache_truncate" AFTER TRUNCATE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');

-- ModuleProgress
CREATE TRIGGER "ModuleProgress_cache_insert" AFTER INSERT ON "ModuleProgress"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "ModuleProgress_cache_update" AFTER UPDATE ON "ModuleProgress"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "ModuleProgress_cache_delete" AFTER DELETE ON "ModuleProgress"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "ModuleProgress_cache_truncate" AFTER TRUNCATE ON "ModuleProgress"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');

-- Reflection
CREATE TRIGGER "Reflection_cache_insert" AFTER INSERT ON "Reflection"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('authorId');
CREATE TRIGGER "Reflection_cache_update" AFTER UPDATE ON "Reflection"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('authorId');
CREATE TRIGGER "Reflection_cache_delete" AFTER DELETE ON "Reflection"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('authorId');
CREATE TRIGGER "Reflection_cache_truncate" AFTER TRUNCATE ON "Reflection"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('authorId');

-- Notification
CREATE TRIGGER "Notification_cache_insert" AFTER INSERT ON "Notification"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Notification_cache_update" AFTER UPDATE ON "Notification"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Notification_cache_delete" AFTER DELETE ON "Notification"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');
CREATE TRIGGER "Notification_cache_truncate" AFTER TRUNCATE ON "Notification"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_people('userId');

-- Cohort
CREATE TRIGGER "Cohort_cache_update" AFTER UPDATE ON "Cohort"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_cohort_members('id');
CREATE TRIGGER "Cohort_cache_truncate" AFTER TRUNCATE ON "Cohort"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_cohort_members('id');

-- CurriculumItem
CREATE TRIGGER "CurriculumItem_cache_insert" AFTER INSERT ON "CurriculumItem"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_cohort_members('cohortId');
CREATE TRIGGER "CurriculumItem_cache_update" AFTER UPDATE ON "CurriculumItem"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_cohort_members('cohortId');
CREATE TRIGGER "CurriculumItem_cache_delete" AFTER DELETE ON "CurriculumItem"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_cohort_members('cohortId');
CREATE TRIGGER "CurriculumItem_cache_truncate" AFTER TRUNCATE ON "CurriculumItem"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_cohort_members('cohortId');

-- Hospital
CREATE TRIGGER "Hospital_cache_update" AFTER UPDATE ON "Hospital"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_everything();
CREATE TRIGGER "Hospital_cache_delete" AFTER DELETE ON "Hospital"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_everything();
CREATE TRIGGER "Hospital_cache_truncate" AFTER TRUNCATE ON "Hospital"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_everything();

-- Module
CREATE TRIGGER "Module_cache_update" AFTER UPDATE ON "Module"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_everything();
CREATE TRIGGER "Module_cache_delete" AFTER DELETE ON "Module"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_everything();
CREATE TRIGGER "Module_cache_truncate" AFTER TRUNCATE ON "Module"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_everything();

-- ModuleVersion
CREATE TRIGGER "ModuleVersion_cache_insert" AFTER INSERT ON "ModuleVersion"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_module_versions();
CREATE TRIGGER "ModuleVersion_cache_update" AFTER UPDATE ON "ModuleVersion"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_module_versions();
CREATE TRIGGER "ModuleVersion_cache_delete" AFTER DELETE ON "ModuleVersion"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_module_versions();
CREATE TRIGGER "ModuleVersion_cache_truncate" AFTER TRUNCATE ON "ModuleVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION preceptor_cache_notify_module_versions();
