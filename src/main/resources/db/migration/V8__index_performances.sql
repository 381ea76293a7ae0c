-- Indexes the benchmark (BENCHMARKS.md) called for once ten years of a region sit in the tables.

-- The activity report counts one year of dossiers by type and decision: by year first, so that one year is read
-- without the others, and from the index alone.
create index ix_dossier_annee on dossier (annee, type, decision);

-- The processing times join each dossier of the year to the moment of its NOTIFIE entry: read from the index alone
-- instead of the whole history.
create index ix_historique_statut on dossier_historique (statut, dossier_id, horodatage);
