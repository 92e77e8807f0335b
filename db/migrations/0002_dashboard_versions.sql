CREATE TABLE "data_versions" (
	"scope" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "runners" ADD COLUMN "data_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT INTO "data_versions" ("scope", "version") VALUES ('catalog', 0);
--> statement-breakpoint
-- Kept by triggers so that no write path (page, API, command line, another process) can change what a
-- dashboard shows without moving the versions the dashboard cache keys on (lib/data/dashboard.ts).
-- A change to the runner's own row (name, sex, nationality, ids).
CREATE FUNCTION "runners_next_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.data_version IS NOT DISTINCT FROM OLD.data_version THEN
    NEW.data_version := OLD.data_version + 1;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "runners_data_version" BEFORE UPDATE ON "runners" FOR EACH ROW EXECUTE FUNCTION "runners_next_data_version"();
--> statement-breakpoint
-- Results, qualifications and requests: once per statement, for every runner whose rows it touched.
-- The runners are locked in id order first, so that two transactions never wait on each other in a cycle.
CREATE FUNCTION "bump_runner_data_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM 1 FROM runners WHERE id IN (SELECT runner_id FROM new_rows) ORDER BY id FOR UPDATE;
    UPDATE runners SET data_version = data_version + 1 WHERE id IN (SELECT runner_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM 1 FROM runners WHERE id IN (SELECT runner_id FROM old_rows) ORDER BY id FOR UPDATE;
    UPDATE runners SET data_version = data_version + 1 WHERE id IN (SELECT runner_id FROM old_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM 1 FROM runners WHERE id IN (SELECT runner_id FROM new_rows UNION SELECT runner_id FROM old_rows) ORDER BY id FOR UPDATE;
    UPDATE runners SET data_version = data_version + 1
     WHERE id IN (SELECT runner_id FROM new_rows UNION SELECT runner_id FROM old_rows);
  ELSE -- TRUNCATE: ids may start again, so every dashboard starts a new generation (the catalog version).
    UPDATE data_versions SET version = version + 1 WHERE scope = 'catalog';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "results_data_version_insert" AFTER INSERT ON "results" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "results_data_version_update" AFTER UPDATE ON "results" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "results_data_version_delete" AFTER DELETE ON "results" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "results_data_version_truncate" AFTER TRUNCATE ON "results" FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "qualifications_data_version_insert" AFTER INSERT ON "qualifications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "qualifications_data_version_update" AFTER UPDATE ON "qualifications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "qualifications_data_version_delete" AFTER DELETE ON "qualifications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "qualifications_data_version_truncate" AFTER TRUNCATE ON "qualifications" FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "requests_data_version_insert" AFTER INSERT ON "requests" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "requests_data_version_update" AFTER UPDATE ON "requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "requests_data_version_delete" AFTER DELETE ON "requests" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
CREATE TRIGGER "requests_data_version_truncate" AFTER TRUNCATE ON "requests" FOR EACH STATEMENT EXECUTE FUNCTION "bump_runner_data_versions"();
--> statement-breakpoint
-- Events, races and Finals editions are read by every dashboard (names, levels, sibling races, periods).
CREATE FUNCTION "bump_catalog_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE scope = 'catalog';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "events_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "events" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "races_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "races" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
CREATE TRIGGER "finals_editions_catalog_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "finals_editions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
--> statement-breakpoint
-- Emptying runners lets ids start again: a new generation for every dashboard, as for the tables above.
CREATE TRIGGER "runners_catalog_version" AFTER TRUNCATE ON "runners" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_version"();
