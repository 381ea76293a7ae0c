-- Where an entry comes from when it is not the ordinary use of the application: CHARGEMENT_DEMONSTRATION for the
-- demonstration year replayed at its 2024 dates (its entries are dated 2024 but were written by the loading).
alter table journal_audit add column origine varchar(40);
