-- A ratification or validation the Instance plénière decided en bloc, together with other points in one vote: its
-- procès-verbal says so.
alter table point_ordre_du_jour add column en_bloc boolean default false not null;
