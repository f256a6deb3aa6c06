-- API keys: only the SHA-256 of each key is kept; the prefix finds the row.
create table api_keys (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    name            text not null,
    prefix          text not null unique,
    secret_hash     text not null,
    scopes          text not null,
    created_at      timestamptz not null,
    created_by      uuid references accounts (id),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create index api_keys_organization on api_keys (organization_id);
