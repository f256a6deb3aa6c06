-- Endorsements (issue 16): every OB 3.0 EndorsementCredential Laurel signs, the status lists that withdraw them, and
-- organizations' endorsements of other organizations' badges and issuer profiles, which the endorsed accept or
-- decline.

-- One Bitstring Status List of 131,072 entries per row, signed by the platform key and served at
-- /endorsements/status/ID: which indexes are given out, the bits, the signed list credential.
create table endorsement_status_lists (
    id                uuid primary key,
    allocated         bytea not null,
    encoded_list      text not null,
    signed_credential text not null,
    version           bigint not null,
    is_full           boolean not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index endorsement_status_lists_open on endorsement_status_lists (created_at) where not is_full;

-- endorser_kind: organization (its own key), verified-email (the platform key on a person's behalf), keyed (a key
-- of the endorser's own); subject_kind and subject_id: what credentialSubject.id names.
create table endorsements (
    id                       uuid primary key,
    endorser_kind            text not null check (endorser_kind in ('organization', 'verified-email', 'keyed')),
    endorser_organization_id uuid references organizations (id),
    endorser_name            text not null,
    subject_kind             text not null check (subject_kind in ('achievement', 'profile', 'credential')),
    subject_id               text not null,
    credential_json          text not null,
    status_list_id           uuid not null references endorsement_status_lists (id),
    status_index             int not null,
    issued_at                timestamptz not null,
    withdrawn_at             timestamptz,
    unique (status_list_id, status_index)
);
create index endorsements_subject on endorsements (subject_id);
create index endorsements_endorser on endorsements (endorser_organization_id) where endorser_organization_id is not null;

-- An organization's endorsement of another organization's badge (badge_id) or issuer profile (badge_id null):
-- pending until the endorsed organization's owners or admins accept or decline it; accepted ones are embedded in
-- credentials issued afterwards.
create table organization_endorsements (
    endorsement_id            uuid primary key references endorsements (id) on delete cascade,
    endorsing_organization_id uuid not null references organizations (id),
    endorsed_organization_id  uuid not null references organizations (id),
    badge_id                  uuid references badges (id),
    state                     text not null check (state in ('pending', 'accepted', 'declined')),
    created_at                timestamptz not null,
    decided_at                timestamptz
);
create unique index organization_endorsements_one_pending
    on organization_endorsements (endorsing_organization_id, endorsed_organization_id,
                                  coalesce(badge_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where state = 'pending';
create index organization_endorsements_endorsed on organization_endorsements (endorsed_organization_id, state);
create index organization_endorsements_badge on organization_endorsements (badge_id, state) where badge_id is not null;
