-- Each organization's signing keys. The secret is AES-256-GCM encrypted under the master key, bound to the key's id.
-- Retired keys stay: they keep verifying what they signed, and stay in the DID document.
create table signing_keys (
    id                   uuid primary key,
    organization_id      uuid not null references organizations (id),
    fragment             text not null,
    public_key_multibase text not null,
    encrypted_secret     bytea not null,
    created_at           timestamptz not null,
    retired_at           timestamptz,
    unique (organization_id, fragment)
);
create unique index signing_keys_one_active on signing_keys (organization_id) where retired_at is null;
