-- The task list joins the engine's business key (text) to the dossier's id: without this index PostgreSQL reads
-- every dossier to build that join, with it each task finds its dossier by the index (BENCHMARKS.md, point 4).
-- H2 has no index on an expression; its embedded installations are small.
create index ix_dossier_id_texte on dossier ((cast(id as varchar(20))));
