-- A key for signing the unsubscribe links in forum emails, shared by every instance.
create table forum.signing_key (
    id  smallint primary key check (id = 1),
    key text     not null
);
insert into forum.signing_key (id, key) values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
