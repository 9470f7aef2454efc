-- Sign-ins through an OpenID Connect provider. A person is known again by the provider's issuer and subject
-- (never by email, which a provider may reassign). The organisation codes are those the provider asserted at
-- the last sign-in (CIS2 sends the ODS code of each organisation in the person's roles).
create table accounts.member_identity (
    id                 bigint generated always as identity primary key,
    member_id          bigint      not null references accounts.member (id) on delete cascade,
    provider           text        not null check (length(provider) <= 100),
    issuer             text        not null check (length(issuer) <= 500),
    subject            text        not null check (length(subject) <= 255),
    email              text        check (length(email) <= 254),
    organisation_codes text[]      not null default '{}',
    linked_at          timestamptz not null,
    last_used_at       timestamptz,
    unique (issuer, subject)
);
create index member_identity_member_idx on accounts.member_identity (member_id);

-- A provider sign-in waiting for the member who owns its email address to prove the account is theirs, by an
-- emailed link; only a hash of the link's token is kept.
create table accounts.identity_link_request (
    token_hash         text        primary key,
    member_id          bigint      not null references accounts.member (id) on delete cascade,
    provider           text        not null,
    issuer             text        not null,
    subject            text        not null,
    email              text,
    organisation_codes text[]      not null default '{}',
    expires_at         timestamptz not null,
    used_at            timestamptz,
    created_at         timestamptz not null
);
create index identity_link_request_member_idx on accounts.identity_link_request (member_id);
