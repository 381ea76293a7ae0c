-- The scheduled forgetting of old failures (security/Verrouillages.oublierLesAnciensEchecs) deletes by the date of
-- the last failure: by this index, not by reading the whole table, which an attacker trying many logins fills.
create index ix_tentative_connexion_dernier_echec on tentative_connexion (dernier_echec);
