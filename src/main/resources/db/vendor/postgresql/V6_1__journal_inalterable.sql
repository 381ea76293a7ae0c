-- On PostgreSQL the database itself refuses to change or delete an audit entry, whoever asks.
create function journal_audit_inalterable() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal d''audit ne peut être ni modifié ni effacé.';
end;
$$;

create trigger tr_journal_audit_inalterable
    before update or delete on journal_audit
    for each row execute function journal_audit_inalterable();
