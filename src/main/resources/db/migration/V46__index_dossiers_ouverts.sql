-- The pages' counts and the overdue dossiers, read from one index instead of every dossier (BENCHMARKS.md, « Test de
-- charge », issue 22): the dashboard counts the open dossiers per type and status and lists the open ones past their
-- deadline, naming the open statuses (Statut.ouverts); the dossiers list counts its dossiers per status, which also
-- gives its total. By bassin first, as every user's view is; type, deadline and id in the index, so that these queries
-- need not visit the rows (PostgreSQL: index-only scan).
create index ix_dossier_bassin_statut on dossier (bassin, statut, type, echeance, id);
