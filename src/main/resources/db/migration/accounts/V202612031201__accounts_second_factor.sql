-- A second factor for staff: the shared secret of an authenticator app (RFC 6238), with the time step of the
-- last code accepted, so a code (or an older one) never works twice; confirmed once the member has entered a
-- first code. The secret must stay readable to check codes; the database's own protection applies.
create table accounts.second_factor (
    member_id      bigint      primary key references accounts.member (id) on delete cascade,
    secret         text        not null,
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0,
    created_at     timestamptz not null
);

-- Ten single-use recovery codes per member, shown once and kept only as hashes.
create table accounts.recovery_code (
    member_id bigint      not null references accounts.member (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz,
    primary key (member_id, code_hash)
);
