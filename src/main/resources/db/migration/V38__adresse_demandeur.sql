-- The applicant's postal address (optional): the letters « à poster » carry it. A Belgian address in three parts, so
-- that each is checked (a postal code has 4 digits) and an import file fills it in three columns.
alter table dossier add column demandeur_rue varchar(200);
alter table dossier add column demandeur_code_postal varchar(4);
alter table dossier add column demandeur_localite varchar(100);
