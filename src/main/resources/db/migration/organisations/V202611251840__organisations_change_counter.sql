-- A counter bumped by every statement that changes appointments or organisations, in the same transaction.
-- The campaign's figures are cached and their ETags built on it: it changes exactly when the data does.
create table organisations.change_counter (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into organisations.change_counter values (1, 0);

create function organisations.bump_change_counter() returns trigger language plpgsql as $$
begin
    update organisations.change_counter set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger appointment_changed after insert or update or delete on organisations.appointment
    for each statement execute function organisations.bump_change_counter();
create trigger organisation_changed after insert or update or delete on organisations.organisation
    for each statement execute function organisations.bump_change_counter();
