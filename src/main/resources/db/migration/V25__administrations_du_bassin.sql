-- The administrations that ask for and receive each type of avis (SPW, FOREM, Fédération Wallonie-Bruxelles…) are
-- data each bassin's coordination keeps, as the rest of its identity: the product ships none, since no guessed
-- address may ever receive an avis (DOMAIN.md). One per type and bassin; a name, and optionally the postal address
-- the letter is posted to and the e-mail address it is sent to. Without an e-mail address the letter is « à poster ».
create table bassin_administration (
    bassin    varchar(10)  not null references bassin (code),
    type_avis varchar(30)  not null,
    nom       varchar(200) not null,
    adresse   varchar(500),
    courriel  varchar(254),
    primary key (bassin, type_avis)
);
