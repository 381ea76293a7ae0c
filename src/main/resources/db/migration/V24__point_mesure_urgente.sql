-- A point submitting an urgent measure of the Bureau to the Instance plénière names that measure: a dossier can have
-- had several over time (one withdrawn, then another), and the point is about one of them, not the latest.
alter table point_ordre_du_jour add column mesure_urgente_id bigint;
alter table point_ordre_du_jour add constraint fk_point_mesure_urgente foreign key (mesure_urgente_id)
    references mesure_urgente (id);

-- Existing ratification points without origin séance: their measure is known for sure only when the dossier has
-- exactly one; the others stay without it and print no origin rather than a guessed one.
update point_ordre_du_jour set mesure_urgente_id = (
        select min(m.id) from mesure_urgente m where m.dossier_id = point_ordre_du_jour.dossier_id)
    where nature = 'RATIFICATION' and origine_seance_id is null
      and (select count(*) from mesure_urgente m where m.dossier_id = point_ordre_du_jour.dossier_id) = 1;
