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
