-- The ids of the application's entities come from one sequence per table, taken by Hibernate in blocks of 50
-- (optimiser pooled-lo, hibernate.id.optimizer.pooled.preferred): a flush then sends its inserts as JDBC batches,
-- which an identity column forbids (the generated key of each row had to be read back one insert at a time), and
-- the PostgreSQL driver rewrites a batch into one multi-row insert (BENCHMARKS.md, issue 22). Each node of a cluster
-- takes its own blocks from the shared sequence: no two nodes hand out the same id. A sequence is named after its
-- table (dossier_seq), the name Hibernate gives it when the entity names none (bassin/LigneDuBassin).
--
-- A database already in service keeps its rows: each sequence starts after the greatest id of its table and after
-- the last value its identity column had given (an id of a deleted row is never handed out again). The column's
-- default becomes the sequence, so that SQL written by hand (imports, benchmark, tests) still inserts without an
-- id; each such insert takes one value of the sequence, whose next block starts 50 further: no collision, only
-- gaps. The journal, the imports and the calendar's reminders are written by JDBC alone and keep their identity.
--
-- H2: the identity's next value is read from INFORMATION_SCHEMA.COLUMNS (IDENTITY_BASE) before it is dropped.

create sequence dossier_seq increment by 50;
alter sequence dossier_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'DOSSIER' and column_name = 'ID'))
    from dossier);
alter table dossier alter column id drop identity;
alter table dossier alter column id set default next value for dossier_seq;

create sequence dossier_historique_seq increment by 50;
alter sequence dossier_historique_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'DOSSIER_HISTORIQUE' and column_name = 'ID'))
    from dossier_historique);
alter table dossier_historique alter column id drop identity;
alter table dossier_historique alter column id set default next value for dossier_historique_seq;

create sequence dossier_commentaire_seq increment by 50;
alter sequence dossier_commentaire_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'DOSSIER_COMMENTAIRE' and column_name = 'ID'))
    from dossier_commentaire);
alter table dossier_commentaire alter column id drop identity;
alter table dossier_commentaire alter column id set default next value for dossier_commentaire_seq;

create sequence document_seq increment by 50;
alter sequence document_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'DOCUMENT' and column_name = 'ID'))
    from document);
alter table document alter column id drop identity;
alter table document alter column id set default next value for document_seq;

create sequence envoi_seq increment by 50;
alter sequence envoi_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'ENVOI' and column_name = 'ID'))
    from envoi);
alter table envoi alter column id drop identity;
alter table envoi alter column id set default next value for envoi_seq;

create sequence seance_seq increment by 50;
alter sequence seance_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'SEANCE' and column_name = 'ID'))
    from seance);
alter table seance alter column id drop identity;
alter table seance alter column id set default next value for seance_seq;

create sequence point_ordre_du_jour_seq increment by 50;
alter sequence point_ordre_du_jour_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'POINT_ORDRE_DU_JOUR' and column_name = 'ID'))
    from point_ordre_du_jour);
alter table point_ordre_du_jour alter column id drop identity;
alter table point_ordre_du_jour alter column id set default next value for point_ordre_du_jour_seq;

create sequence mandat_seq increment by 50;
alter sequence mandat_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'MANDAT' and column_name = 'ID'))
    from mandat);
alter table mandat alter column id drop identity;
alter table mandat alter column id set default next value for mandat_seq;

create sequence mesure_urgente_seq increment by 50;
alter sequence mesure_urgente_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'MESURE_URGENTE' and column_name = 'ID'))
    from mesure_urgente);
alter table mesure_urgente alter column id drop identity;
alter table mesure_urgente alter column id set default next value for mesure_urgente_seq;

create sequence approbation_pv_seq increment by 50;
alter sequence approbation_pv_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'APPROBATION_PV' and column_name = 'ID'))
    from approbation_pv);
alter table approbation_pv alter column id drop identity;
alter table approbation_pv alter column id set default next value for approbation_pv_seq;

create sequence avis_pole_seq increment by 50;
alter sequence avis_pole_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'AVIS_POLE' and column_name = 'ID'))
    from avis_pole);
alter table avis_pole alter column id drop identity;
alter table avis_pole alter column id set default next value for avis_pole_seq;

create sequence operateur_ale_reconnu_seq increment by 50;
alter sequence operateur_ale_reconnu_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'OPERATEUR_ALE_RECONNU' and column_name = 'ID'))
    from operateur_ale_reconnu);
alter table operateur_ale_reconnu alter column id drop identity;
alter table operateur_ale_reconnu alter column id set default next value for operateur_ale_reconnu_seq;

create sequence metier_prioritaire_seq increment by 50;
alter sequence metier_prioritaire_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'METIER_PRIORITAIRE' and column_name = 'ID'))
    from metier_prioritaire);
alter table metier_prioritaire alter column id drop identity;
alter table metier_prioritaire alter column id set default next value for metier_prioritaire_seq;

create sequence fonction_critique_seq increment by 50;
alter sequence fonction_critique_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'FONCTION_CRITIQUE' and column_name = 'ID'))
    from fonction_critique);
alter table fonction_critique alter column id drop identity;
alter table fonction_critique alter column id set default next value for fonction_critique_seq;

create sequence jeton_calendrier_seq increment by 50;
alter sequence jeton_calendrier_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'JETON_CALENDRIER' and column_name = 'ID'))
    from jeton_calendrier);
alter table jeton_calendrier alter column id drop identity;
alter table jeton_calendrier alter column id set default next value for jeton_calendrier_seq;

create sequence pole_seq increment by 50;
alter sequence pole_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'POLE' and column_name = 'ID'))
    from pole);
alter table pole alter column id drop identity;
alter table pole alter column id set default next value for pole_seq;

create sequence pole_membre_seq increment by 50;
alter sequence pole_membre_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'POLE_MEMBRE' and column_name = 'ID'))
    from pole_membre);
alter table pole_membre alter column id drop identity;
alter table pole_membre alter column id set default next value for pole_membre_seq;

create sequence pole_reunion_seq increment by 50;
alter sequence pole_reunion_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'POLE_REUNION' and column_name = 'ID'))
    from pole_reunion);
alter table pole_reunion alter column id drop identity;
alter table pole_reunion alter column id set default next value for pole_reunion_seq;

create sequence fiche_projet_seq increment by 50;
alter sequence fiche_projet_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'FICHE_PROJET' and column_name = 'ID'))
    from fiche_projet);
alter table fiche_projet alter column id drop identity;
alter table fiche_projet alter column id set default next value for fiche_projet_seq;

create sequence pole_approbation_seq increment by 50;
alter sequence pole_approbation_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'POLE_APPROBATION' and column_name = 'ID'))
    from pole_approbation);
alter table pole_approbation alter column id drop identity;
alter table pole_approbation alter column id set default next value for pole_approbation_seq;

create sequence jalon_calendrier_seq increment by 50;
alter sequence jalon_calendrier_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'JALON_CALENDRIER' and column_name = 'ID'))
    from jalon_calendrier);
alter table jalon_calendrier alter column id drop identity;
alter table jalon_calendrier alter column id set default next value for jalon_calendrier_seq;

create sequence thematiques_communes_seq increment by 50;
alter sequence thematiques_communes_seq restart with (
    select greatest(coalesce(max(id), 0) + 1,
                    (select identity_base from information_schema.columns
                     where table_schema = current_schema and table_name = 'THEMATIQUES_COMMUNES' and column_name = 'ID'))
    from thematiques_communes);
alter table thematiques_communes alter column id drop identity;
alter table thematiques_communes alter column id set default next value for thematiques_communes_seq;
