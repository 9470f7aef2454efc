-- Platform tables: background jobs (db-scheduler), module events (Spring Modulith), sessions (Spring Session).
create table public.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on public.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on public.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on public.scheduled_tasks (priority desc, execution_time asc);

create table public.event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on public.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on public.event_publication (completion_date);

create table public.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on public.spring_session (session_id);
create index spring_session_ix2 on public.spring_session (expiry_time);
create index spring_session_ix3 on public.spring_session (principal_name);

create table public.spring_session_attributes (
    session_primary_id char(36)     not null references public.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
