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
    recipient_email  text,
    recipient_name   text,
    issued_at        timestamptz not null,
    valid_until      timestamptz,
    format           text not null check (format in ('di', 'jwt')),
    document         text,
    state            text not null check (state in ('active', 'suspended', 'revoked')),
    state_reason     text,
    state_changed_at timestamptz,
    status_list_id   uuid not null references status_lists (id),
    status_index     int not null,
    issued_by        uuid references accounts (id),
    -- the earner deleted their account: address, name and the signed document (which names them) are erased; the
    -- status list entry stays, so copies they handed out still verify and the issuer can still revoke them
    recipient_forgotten_at timestamptz,
    unique (status_list_id, status_index),
    constraint credentials_recipient_kept check (
        recipient_forgotten_at is not null
        or (recipient_email is not null and recipient_name is not null and document is not null))
);
create index credentials_organization on credentials (organization_id, issued_at desc);
create index credentials_recipient on credentials (lower(recipient_email));

-- Credentials whose content a VC-API client supplied: signed with the organization's active key and stored exactly as
-- signed, with a revocation status entry and, for credentials other than Open Badges / CLR ones, a suspension entry.
-- credential_id is how the client names the credential (options.credentialId or credential.id), unique per
-- organization; a credential without one is stored but cannot be looked up.
create table supplied_credentials (
    id                 uuid primary key,
    organization_id    uuid not null references organizations (id),
    credential_id      text,
    format             text not null check (format in ('di', 'jwt')),
    document           text not null,
    revocation_list_id uuid not null references status_lists (id),
    revocation_index   int not null,
    suspension_list_id uuid references status_lists (id),
    suspension_index   int,
    issued_at          timestamptz not null,
    issued_by_key      uuid,
    revoked_at         timestamptz,
    suspended_at       timestamptz,
    unique (organization_id, credential_id),
    unique (revocation_list_id, revocation_index),
    unique (suspension_list_id, suspension_index)
);
