-- Batch intake registers the dossiers of a file in one transaction and leaves the start of their processes to the
-- engine's job executor (processes/avis-import.bpmn), a few dozen per transaction: a dossier knows the import that
-- brought it and whether its process still waits to start; an import counts the processes started.

alter table dossier add column import_id bigint references import_lot (id);
alter table dossier add column procedure_en_attente boolean default false not null;
create index ix_dossier_import_attente on dossier (import_id, procedure_en_attente);

alter table import_lot add column procedures_demarrees integer default 0 not null;
-- imports made before this version started their processes with their dossiers
update import_lot set procedures_demarrees = dossiers_crees;
