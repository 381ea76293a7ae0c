-- A member convened who is not present has either sent his excuses or is absent: the procès-verbal says which.
alter table seance_presence add column excuse boolean default false not null;
