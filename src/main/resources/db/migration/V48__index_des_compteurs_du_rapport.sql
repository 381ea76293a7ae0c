-- The report counts a year's dossiers per avis type (the activity report, the dashboard) and per category of applicant
-- (the statistics), by decision and whether the system withdrew it: both from this index alone. V8's index by year,
-- type and decision lacked who decided, so the count per type read the rows (a sequential scan of the table, where a
-- year is half of it); V47's by category lacked the type. One index for both replaces the two: one fewer to write.
drop index ix_dossier_annee;
drop index ix_dossier_annee_categorie;
create index ix_dossier_annee_compteurs on dossier (annee, bassin, type, demandeur_categorie, decision, decision_par);
