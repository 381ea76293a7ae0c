-- The page of a pôle lists, among the decisions of each of its meetings, the avis d'opportunité given in it
-- (seance/AvisDesPoles.rendusEnReunions): read by the meeting, by this index rather than through the whole table.
create index ix_avis_pole_reunion on avis_pole (reunion_id);
