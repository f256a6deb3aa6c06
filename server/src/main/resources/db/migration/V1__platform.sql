-- Platform: settings, HTTP sessions shared by every node (Spring Session), and Spring Modulith's event publication
-- registry, which keeps events until every listener has handled them, across crashes and restarts.

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

create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The platform's own Ed25519 key: it signs what Laurel itself issues (earners' collections as CLR 2.0 credentials),
-- as did:web:HOST#platform-1, published at /.well-known/did.json. Made by whichever node needs it first; the secret
-- is AES-256-GCM encrypted under the master key, bound to the fragment.
create table platform_keys (
    fragment             text primary key,
    public_key_multibase text not null,
    encrypted_secret     bytea not null,
    created_at           timestamptz not null
);
