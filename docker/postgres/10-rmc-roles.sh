#!/bin/bash
# Runs once, when the compose postgres volume is initialised (docker-entrypoint-initdb.d).
# Creates the two roles the platform expects (DESIGN.md "Tenancy: fails closed, twice"):
#   rmc_owner — owns database `rmc` and every table in it; used ONLY by the migrate service
#               (DATABASE_URL). Not a superuser.
#   rmc_app   — the API/worker role (APP_DATABASE_URL): neither owner nor BYPASSRLS, so FORCE ROW
#               LEVEL SECURITY applies to it. Table privileges are granted by the migrations.
# In production the DBA / managed-database tooling creates the same two roles.
set -euo pipefail

: "${RMC_OWNER_PASSWORD:?RMC_OWNER_PASSWORD is required}"
: "${RMC_APP_PASSWORD:?RMC_APP_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_pw="$RMC_OWNER_PASSWORD" -v app_pw="$RMC_APP_PASSWORD" <<'SQL'
CREATE ROLE rmc_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_pw';
CREATE ROLE rmc_app   LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'app_pw';
CREATE DATABASE rmc OWNER rmc_owner;
REVOKE ALL ON DATABASE rmc FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE rmc TO rmc_app;
-- Group role that receives the table privileges (created here because rmc_owner has no CREATEROLE);
-- the migration grants privileges to it and makes the app login role a member.
CREATE ROLE rmc_app_rol NOLOGIN NOSUPERUSER NOBYPASSRLS;
GRANT rmc_app_rol TO rmc_owner WITH ADMIN OPTION;
GRANT rmc_app_rol TO rmc_app;
SQL
