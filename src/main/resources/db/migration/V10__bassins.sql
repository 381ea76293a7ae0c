-- Several bassins in one deployment. What existed before belonged to the one bassin the deployment served: it moves to
-- the default bassin named in configuration (avis.bassin.defaut, avis.bassin.defaut-nom: Flyway placeholders).
-- The application always names the bassin; the column default serves rows written by SQL tools (imports by hand,
-- benchmarks), which belong to the default bassin like everything before this migration.
create table bassin (
    code varchar(10)  primary key,
    nom  varchar(200) not null
);
insert into bassin (code, nom) values ('${bassin_defaut}', '${bassin_defaut_nom}');

alter table dossier add column bassin varchar(10) default '${bassin_defaut}' not null;
alter table dossier add constraint fk_dossier_bassin foreign key (bassin) references bassin (code);
-- an external reference is the applicant's or another system's: unique within a bassin only
alter table dossier drop constraint uk_dossier_reference_externe;
alter table dossier add constraint uk_dossier_reference_externe unique (bassin, reference_externe);
create index ix_dossier_bassin_annee on dossier (bassin, annee);

-- references are numbered per bassin and year; the default bassin goes on from where the deployment was
create table bassin_compteur (
    bassin  varchar(10) not null references bassin (code),
    annee   integer     not null,
    dernier integer     not null,
    primary key (bassin, annee)
);
insert into bassin_compteur (bassin, annee, dernier) select '${bassin_defaut}', annee, dernier from dossier_compteur;
drop table dossier_compteur;

alter table seance add column bassin varchar(10) default '${bassin_defaut}' not null;
alter table seance add constraint fk_seance_bassin foreign key (bassin) references bassin (code);
create index ix_seance_bassin_date on seance (bassin, date_seance);

alter table mandat add column bassin varchar(10) default '${bassin_defaut}' not null;
alter table mandat add constraint fk_mandat_bassin foreign key (bassin) references bassin (code);

alter table metier_prioritaire add column bassin varchar(10) default '${bassin_defaut}' not null;
alter table metier_prioritaire add constraint fk_metier_prioritaire_bassin foreign key (bassin) references bassin (code);
alter table metier_prioritaire drop constraint uk_metier_prioritaire;
alter table metier_prioritaire add constraint uk_metier_prioritaire unique (bassin, annee, libelle);

-- an import of a call for projects belongs to the bassin its dossiers go to
alter table import_lot add column bassin varchar(10) default '${bassin_defaut}' not null;
alter table import_lot add constraint fk_import_lot_bassin foreign key (bassin) references bassin (code);
