-- The task list now joins the dossier by its primary key, the business key read as a number (RequeteTaches): the
-- index on the id as text (V8_1) serves nothing any more.
drop index if exists ix_dossier_id_texte;
