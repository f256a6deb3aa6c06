-- Badges (Open Badges 3.0 Achievements) and the credentials issued for them, with the revocation status lists.
create table badges (
    id                 uuid primary key,
    organization_id    uuid not null references organizations (id),
    name               text not null,
    description        text not null,
    criteria_narrative text,
    criteria_url       text,
    image              bytea not null,
    image_type         text not null,
    achievement_type   text,
    tags               jsonb not null default '[]',
    skills             jsonb not null default '[]',
    alignments         jsonb not null default '[]',
    credits_available  numeric,
    validity_months    int,
    proof_format       text not null check (proof_format in ('di', 'jwt')),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index badges_organization on badges (organization_id);

-- One Bitstring Status List of 131,072 entries per row: which indexes are given out, the bits, and the signed list
-- credential served at /status/ID.
create table status_lists (
    id                uuid primary key,
    organization_id   uuid not null references organizations (id),
    purpose           text not null,
    allocated         bytea not null,
    encoded_list      text not null,
    signed_credential text not null,
    version           bigint not null,
    is_full           boolean not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index status_lists_open on status_lists (organization_id, purpose) where not is_full;

create table credentials (
    id               uuid primary key,
    organization_id  uuid not null references organizations (id),
    badge_id         uuid not null references badges (id),
    badge_name       text not null,
    recipient_email  text not null,
    recipient_name   text not null,
    issued_at        timestamptz not null,
    valid_until      timestamptz,
    format           text not null check (format in ('di', 'jwt')),
    document         text not null,
    state            text not null check (state in ('active', 'suspended', 'revoked')),
    state_reason     text,
    state_changed_at timestamptz,
    status_list_id   uuid not null references status_lists (id),
    status_index     int not null,
    issued_by        uuid references accounts (id),
    unique (status_list_id, status_index)
);
create index credentials_organization on credentials (organization_id, issued_at desc);
create index credentials_recipient on credentials (lower(recipient_email));
