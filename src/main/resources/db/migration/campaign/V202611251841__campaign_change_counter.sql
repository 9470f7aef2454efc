-- Bumped by every change to the backers, for ETags of the open data.
create table campaign.change_counter (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into campaign.change_counter values (1, 0);

create function campaign.bump_change_counter() returns trigger language plpgsql as $$
begin
    update campaign.change_counter set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger backer_changed after insert or update or delete on campaign.backer
    for each statement execute function campaign.bump_change_counter();
