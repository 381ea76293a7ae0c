-- What the Instance plénière approves without a dossier goes on its agenda as a point too (issue 19: « everything the
-- Instance must approve goes to its plénière as an agenda point »): a pôle's creation, member, fiche projet or
-- renewal (pole_approbation), the year's thématiques communes. Such a point names its subject by a kind and an id
-- instead of a dossier; a point names exactly one of the two.
alter table point_ordre_du_jour alter column dossier_id drop not null;
alter table point_ordre_du_jour add column objet_type varchar(30);
alter table point_ordre_du_jour add column objet_id bigint;
alter table point_ordre_du_jour add constraint ck_point_une_reference check (
    (dossier_id is not null and objet_type is null and objet_id is null)
    or (dossier_id is null and objet_type is not null and objet_id is not null));
create index ix_point_objet on point_ordre_du_jour (objet_type, objet_id);

-- Thématiques communes already on a plénière's agenda become a point of it, after its dossiers: the séance decides
-- them, takes them off or leaves them unexamined as any other point. Those decided before keep their record in
-- thematiques_communes (seance_id, date_decision, votes): a closed séance's procès-verbal is not rewritten.
insert into point_ordre_du_jour (seance_id, chambre, nature, ordre, statut, objet_type, objet_id, en_bloc, version)
select t.seance_id, 'INSTANCE_PLENIERE', 'APPROBATION',
       (select coalesce(max(p.ordre), 0) + 1 from point_ordre_du_jour p where p.seance_id = t.seance_id),
       'INSCRIT', 'THEMATIQUES', t.id, false, 0
from thematiques_communes t
where t.statut = 'INSCRITES' and t.seance_id is not null;
