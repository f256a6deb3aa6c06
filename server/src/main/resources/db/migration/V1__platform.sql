-- Platform: settings, HTTP sessions shared by every node (Spring Session), the queue of follow-up work, and the
-- platform's own key.

create table platform_settings (
    name  text primary key,
    value bytea not null
);

create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One queue of follow-up work for every module and node (platform.FollowUps): db-scheduler's table, as its
-- PostgreSQL DDL has it.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- The platform's own Ed25519 key: it signs what Laurel itself issues (earners' collections as CLR 2.0 credentials),
-- as did:web:HOST#platform-1, published at /.well-known/did.json. Made by whichever node needs it first; the secret
-- is AES-256-GCM encrypted under the master key, bound to the fragment.
create table platform_keys (
    fragment             text primary key,
    public_key_multibase text not null,
    encrypted_secret     bytea not null,
    created_at           timestamptz not null
);
