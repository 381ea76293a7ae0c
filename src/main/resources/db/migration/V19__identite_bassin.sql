-- A bassin's identity is its data, edited by its coordination: the official name of its Instance, the names its
-- bodies go by in letters, its postal address, the place its letters are signed at, its letterhead logo and its
-- signatories. Letters, procès-verbaux, the activity report and e-mails read them for the dossier's or séance's
-- bassin. Nothing is invented for an existing bassin: what is empty is shown « non renseigné » until completed.
-- The bodies' names start from their generic names (DOMAIN.md), which each bassin corrects (CSEF / CEF...).
alter table bassin add column version bigint default 0 not null;
alter table bassin add column nom_officiel varchar(300);
alter table bassin add column libelle_csef varchar(200) default 'Chambre Subrégionale de l''Emploi et de la Formation' not null;
alter table bassin add column libelle_bureau varchar(200) default 'Bureau de l''Instance Bassin EFE' not null;
alter table bassin add column libelle_pleniere varchar(200) default 'Instance plénière' not null;
alter table bassin add column adresse varchar(500);
alter table bassin add column lieu_signature varchar(100);
alter table bassin add column modifie_par varchar(100);
alter table bassin add column modifie_le timestamp with time zone;

-- who signs for each body (président(e) of the chambre, of the Instance, the coordination), dated: people change
create table bassin_signataire (
    bassin   varchar(10)  not null references bassin (code),
    rang     integer      not null,
    organe   varchar(30)  not null,
    nom      varchar(200) not null,
    fonction varchar(200) not null,
    debut    date,
    fin      date,
    primary key (bassin, rang)
);

-- the letterhead logo (PNG or JPEG), apart: the bassin row is read on every request, the image only for a letter
create table bassin_logo (
    bassin  varchar(10) primary key references bassin (code),
    type    varchar(20) not null,
    contenu ${binary_type} not null
);
