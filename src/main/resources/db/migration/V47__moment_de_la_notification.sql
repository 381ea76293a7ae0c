-- The processing times (report's statistics, dashboard) read when each standing avis was notified from the dossier
-- itself instead of joining every NOTIFIE entry of the history (BENCHMARKS.md, « Issue 22, suite : statistiques »).
-- The dossier keeps that moment while it is NOTIFIE (Dossier.notifier sets it, Dossier.rouvrir clears it): for the
-- dossiers already notified, the last time their history entered NOTIFIE, as the statistics read it until now.
alter table dossier add column notifie_le timestamp with time zone;

update dossier
   set notifie_le = (select max(h.horodatage)
                       from dossier_historique h
                      where h.dossier_id = dossier.id and h.statut = 'NOTIFIE'
                        and (h.statut_precedent is null or h.statut_precedent <> 'NOTIFIE'))
 where statut = 'NOTIFIE';

-- One year's dossiers of a status, bassin by bassin, with all the processing times need: the notified ones with when,
-- the open ones past their deadline (named statuses, Statut.ouverts), both read from the index alone (PostgreSQL:
-- index-only scan), a handful of pages for a year without any.
create index ix_dossier_annee_statut on dossier (annee, statut, bassin, type, echeance, date_reception, notifie_le);

-- The statistics' activity per category of applicant counts a year's dossiers by category and decision (and whether
-- the system withdrew it): from this index alone rather than from the rows (where a year is half the table); few
-- distinct keys, which PostgreSQL's B-tree stores once each (deduplication), so that it stays small.
create index ix_dossier_annee_categorie on dossier (annee, bassin, demandeur_categorie, decision, decision_par);

-- Only the processing times read the history by status (V8): nothing does any more.
drop index ix_historique_statut;
