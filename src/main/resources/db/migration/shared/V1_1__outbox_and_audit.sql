create schema if not exists shared;

-- Every email is first a row here, written in the transaction of the action that causes it.
create table shared.outbox_email (
    id                 bigint generated always as identity primary key,
    to_address         text        not null check (length(to_address) <= 320),
    subject            text        not null check (length(subject) <= 300),
    body_text          text        not null,
    attachment_name    text,
    attachment_type    text,
    attachment         bytea,
    status             text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts           int         not null default 0,
    next_attempt_at    timestamptz not null default now(),
    last_error         text,
    created_at         timestamptz not null default now(),
    sent_at            timestamptz
);
create index outbox_email_due_idx on shared.outbox_email (next_attempt_at) where status = 'PENDING';
create index outbox_email_created_idx on shared.outbox_email (created_at desc, id desc);
create index outbox_email_to_idx on shared.outbox_email (lower(to_address));

-- Who did what, when and from where, for every privileged action.
create table shared.audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_id    bigint,
    actor_label text        not null,
    action      text        not null,
    target      text,
    details     text,
    client_ip   text
);
create index audit_entry_occurred_idx on shared.audit_entry (occurred_at desc, id desc);
create index audit_entry_action_idx on shared.audit_entry (action, occurred_at desc);
create index audit_entry_actor_idx on shared.audit_entry (actor_id, occurred_at desc);
