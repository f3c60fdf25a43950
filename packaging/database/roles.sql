-- DriveDeck on an organisation's PostgreSQL server: a schema of its own and three roles.
-- Run it once as a superuser (or a role with CREATEROLE) in the database DriveDeck is to use:
--     psql -d drivedeck -f roles.sql
-- then give each role a way to log in (\password drivedeck_owner, or your own authentication),
-- and as drivedeck_owner run: drivedeck database init --database postgresql://drivedeck_owner@HOST/drivedeck
-- Rename the roles and the schema as your conventions say; keep the three kinds.

-- Owns DriveDeck's tables: creates and upgrades them (drivedeck database init), nothing else.
CREATE ROLE drivedeck_owner LOGIN;
-- Runs workshops: reads and writes sessions, never changes tables.
CREATE ROLE drivedeck_facilitator LOGIN;
-- Reads for reports: list, profile, compare, export and report, no changes.
CREATE ROLE drivedeck_reporting LOGIN;

CREATE SCHEMA drivedeck AUTHORIZATION drivedeck_owner;
REVOKE ALL ON SCHEMA drivedeck FROM PUBLIC;
GRANT USAGE ON SCHEMA drivedeck TO drivedeck_facilitator, drivedeck_reporting;
ALTER ROLE drivedeck_owner SET search_path = drivedeck;
ALTER ROLE drivedeck_facilitator SET search_path = drivedeck;
ALTER ROLE drivedeck_reporting SET search_path = drivedeck;

-- The tables and sequences the owner makes, now and in every later DriveDeck version.
ALTER DEFAULT PRIVILEGES FOR ROLE drivedeck_owner IN SCHEMA drivedeck
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO drivedeck_facilitator;
ALTER DEFAULT PRIVILEGES FOR ROLE drivedeck_owner IN SCHEMA drivedeck
    GRANT USAGE, SELECT ON SEQUENCES TO drivedeck_facilitator;
ALTER DEFAULT PRIVILEGES FOR ROLE drivedeck_owner IN SCHEMA drivedeck
    GRANT SELECT ON TABLES TO drivedeck_reporting;

-- The tables already there, when DriveDeck used this schema before.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA drivedeck TO drivedeck_facilitator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA drivedeck TO drivedeck_facilitator;
GRANT SELECT ON ALL TABLES IN SCHEMA drivedeck TO drivedeck_reporting;
