-- The CAFE (Comité des acteurs pour la formation et l'emploi, the CSEF's émanation, seed 000 l.745) and the Chambre
-- Enseignement hold séances that the activity report counts (seed 000 l.168-219) but give no avis. Their names are the
-- bassin's, like those of its other bodies: they start from the generic names of the sources.
alter table bassin add column libelle_cafe varchar(200) default 'Comité des acteurs pour la formation et l''emploi (CAFE)' not null;
alter table bassin add column libelle_enseignement varchar(200) default 'Chambre Enseignement' not null;
