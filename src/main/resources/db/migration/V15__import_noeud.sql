-- The node that accepted an import works it (its queue is in that node's memory): started again after a crash, a node
-- finds the imports its previous run left unfinished and says at once that they were interrupted.
alter table import_lot add column noeud varchar(255);
