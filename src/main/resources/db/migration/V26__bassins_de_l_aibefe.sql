-- The ten Instances Bassin EFE the AIBEFE coordinates (seed 000 l.223: « les 10 Instances Bassins EFE »): the nine
-- Walloon ones that seed 001 names (l.291-1698) and Brussels (seed 000 l.1024). Reference data: a bassin is served by
-- this installation once an administrator activates it (a row of table bassin, with its tenant), starting from the
-- name, official name and chambre name given here; the rest of its identity is its coordination's to complete.
-- The chambre is « CSEF » in Liège and « Chambre Emploi Formation (CEF) » elsewhere (DOMAIN.md, seed 001 l.79, 607);
-- no source names Brussels' chambre: it starts from the generic name, which its coordination corrects.
create table bassin_reference (
    code         varchar(10)  primary key,
    nom          varchar(200) not null,
    nom_officiel varchar(300) not null,
    libelle_csef varchar(200)
);
insert into bassin_reference (code, nom, nom_officiel, libelle_csef) values
    ('BW', 'Brabant wallon', 'Instance Bassin Enseignement qualifiant - Formation - Emploi du Brabant wallon',
     'Chambre Emploi Formation (CEF)'),
    ('BXL', 'Bruxelles', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Bruxelles', null),
    ('HC', 'Hainaut centre', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Hainaut centre',
     'Chambre Emploi Formation (CEF)'),
    ('HS', 'Hainaut sud', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Hainaut sud',
     'Chambre Emploi Formation (CEF)'),
    ('HUY', 'Huy-Waremme', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme',
     'Chambre Emploi Formation (CEF)'),
    ('LIE', 'Liège', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Liège', 'CSEF'),
    ('LUX', 'Luxembourg', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Luxembourg',
     'Chambre Emploi Formation (CEF)'),
    ('NAM', 'Namur', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Namur',
     'Chambre Emploi Formation (CEF)'),
    ('VER', 'Verviers', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Verviers',
     'Chambre Emploi Formation (CEF)'),
    ('WAPI', 'Wallonie picarde', 'Instance Bassin Enseignement qualifiant - Formation - Emploi de Wallonie picarde',
     'Chambre Emploi Formation (CEF)');

-- A fresh installation outside the demonstration names no default bassin (avis.bassin.defaut is empty): V10 then
-- wrote a bassin without code or name, which nothing uses yet. It goes: nothing claims to be any bassin until the
-- first administrator activates the one the installation serves. An installation whose data went to it (an update
-- from before the bassins made without avis.bassin.defaut) keeps it, and the application refuses to start, saying so.
delete from bassin where code = '' and not exists (select 1 from dossier where bassin = '')
    and not exists (select 1 from seance where bassin = '') and not exists (select 1 from mandat where bassin = '')
    and not exists (select 1 from metier_prioritaire where bassin = '')
    and not exists (select 1 from import_lot where bassin = '')
    and not exists (select 1 from bassin_compteur where bassin = '');

-- A fresh installation told which bassin it serves by its code alone (avis.bassin.defaut, no defaut-nom) gets that
-- bassin's names from the reference data.
update bassin set nom = (select r.nom from bassin_reference r where r.code = bassin.code),
    nom_officiel = (select r.nom_officiel from bassin_reference r where r.code = bassin.code),
    libelle_csef = coalesce((select r.libelle_csef from bassin_reference r where r.code = bassin.code), libelle_csef)
where nom = '' and exists (select 1 from bassin_reference r where r.code = bassin.code);
