-- A criterion's explanation quotes the request (the equipment already in the schools, the filières...): with every
-- field at its documented maximum it outgrows 4 000 characters, and the analysis then failed for good.
alter table dossier_critere alter column explication set data type varchar;
