-- A task form's draft: what one user typed in one task's form and saved without completing it. Private to him,
-- restored when he reopens the task, deleted when the task ends (completed or withdrawn with its process). The
-- values are the form's fields as JSON; the drafted text is bounded (Brouillons.CARACTERES_MAX), its JSON can be
-- longer by its escapes.
create table brouillon_tache (
    tache_id      varchar(64)     not null,
    auteur        varchar(100)    not null,
    valeurs       varchar(1000000) not null,
    enregistre_le timestamp with time zone not null,
    primary key (tache_id, auteur)
);
