-- An event of a dossier's history quotes what the user typed: a motivation or a justification of up to 8 000
-- characters (séances, urgent procedure), missing pieces or a derogation's motivation of up to 4 000 after a
-- criterion's label. 4 000 characters refused the longest of them after they had been accepted.
alter table dossier_historique alter column evenement set data type varchar(10000);
