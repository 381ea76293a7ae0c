-- Wrong passwords counted per login AND per client address (security/Verrouillages): a lock keeps out the address
-- that earned it, never the account's owner signing in from elsewhere. Logins without an account are counted the
-- same way, so that the answers do not tell which accounts exist. A row goes with a right password, an
-- administrator's unlock, or a day without failure once its lock is over.
create table tentative_connexion (
    login         varchar(255) not null,
    adresse       varchar(64)  not null,
    echecs        integer      not null,
    fin           timestamp with time zone,
    dernier_echec timestamp with time zone not null,
    primary key (login, adresse)
);
create index ix_tentative_connexion_fin on tentative_connexion (fin);
