-- H2 (embedded default, tests) has no SQL triggers: there the application alone keeps the journal append-only
-- (no code path updates or deletes it). PostgreSQL refuses it in the database.
select 1;
