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
-- PostgreSQL: the identity's sequence (pg_get_serial_sequence) is read before the identity is dropped with it.
do $$
declare
    paire    text[];
    suivant  bigint;
begin
    foreach paire slice 1 in array array[
        ['dossier', 'dossier_seq'],
        ['dossier_historique', 'dossier_historique_seq'],
        ['dossier_commentaire', 'dossier_commentaire_seq'],
        ['document', 'document_seq'],
        ['envoi', 'envoi_seq'],
        ['seance', 'seance_seq'],
        ['point_ordre_du_jour', 'point_ordre_du_jour_seq'],
        ['mandat', 'mandat_seq'],
        ['mesure_urgente', 'mesure_urgente_seq'],
        ['approbation_pv', 'approbation_pv_seq'],
        ['avis_pole', 'avis_pole_seq'],
        ['operateur_ale_reconnu', 'operateur_ale_reconnu_seq'],
        ['metier_prioritaire', 'metier_prioritaire_seq'],
        ['fonction_critique', 'fonction_critique_seq'],
        ['jeton_calendrier', 'jeton_calendrier_seq'],
        ['pole', 'pole_seq'],
        ['pole_membre', 'pole_membre_seq'],
        ['pole_reunion', 'pole_reunion_seq'],
        ['fiche_projet', 'fiche_projet_seq'],
        ['pole_approbation', 'pole_approbation_seq'],
        ['jalon_calendrier', 'jalon_calendrier_seq'],
        ['thematiques_communes', 'thematiques_communes_seq']
    ] loop
        execute format('select greatest(coalesce(max(id), 0) + 1, (select case when is_called then last_value + 1'
                       ' else last_value end from %s)) from %I', pg_get_serial_sequence(paire[1], 'id'), paire[1])
            into suivant;
        execute format('alter table %I alter column id drop identity', paire[1]);
        execute format('create sequence %I increment by 50 start with %s owned by %I.id', paire[2], suivant, paire[1]);
        execute format('alter table %I alter column id set default nextval(%L)', paire[1], paire[2]);
    end loop;
end
$$;
