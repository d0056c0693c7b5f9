-- Creates the OpenPRM database with two roles (run once, as a PostgreSQL superuser):
--
--   psql -h <host> -U postgres -v ON_ERROR_STOP=1 \
--        -v db=openprm -v owner_password='...' -v app_password='...' \
--        -f deploy/postgres/create-database.sql
--
-- openprm_owner owns the schema and runs the migrations (spring.flyway.user).
-- openprm_app is what the nodes connect as (spring.datasource.username): it reads and writes rows
-- and can change no table; it may not rewrite or delete the audit trail (see the event trigger below).

\if :{?db}
\else
  \set db openprm
\endif
-- The role names can be changed with -v owner_role=... -v app_role=... (then set them in the nodes).
\if :{?owner_role}
\else
  \set owner_role openprm_owner
\endif
\if :{?app_role}
\else
  \set app_role openprm_app
\endif

CREATE ROLE :"owner_role" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"app_role" LOGIN PASSWORD :'app_password';
CREATE DATABASE :"db" OWNER :"owner_role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app_role";

\connect :"db"

-- Only the owner creates objects; the application role may only use them.
ALTER SCHEMA public OWNER TO :"owner_role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_role";

-- Every table and sequence the migrations create from now on is readable and writable by the app.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"app_role";

-- The audit trail is append-only for the application: whenever a migration (re)creates the table,
-- UPDATE and DELETE are taken away from openprm_app again. The function lives in its own schema,
-- because Flyway only migrates an empty public schema.
CREATE SCHEMA openprm_guard;
REVOKE ALL ON SCHEMA openprm_guard FROM PUBLIC;
GRANT USAGE ON SCHEMA openprm_guard TO :"owner_role";
-- psql does not expand variables inside a function body, so the role name is stored beside it.
CREATE TABLE openprm_guard.application_role (name name NOT NULL);
INSERT INTO openprm_guard.application_role VALUES (:'app_role');
GRANT SELECT ON openprm_guard.application_role TO :"owner_role";
CREATE FUNCTION openprm_guard.protect_audit_trail() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    app_role name := (SELECT name FROM openprm_guard.application_role);
BEGIN
    IF to_regclass('public.audit_entries') IS NOT NULL THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_entries FROM %I', app_role);
    END IF;
END;
$$;
CREATE EVENT TRIGGER openprm_protect_audit_trail ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE', 'GRANT')
    EXECUTE FUNCTION openprm_guard.protect_audit_trail();
