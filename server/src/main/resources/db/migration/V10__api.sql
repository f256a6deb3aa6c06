-- The management API. Idempotency keys: an issuance asked with the same Idempotency-Key by the same API key within
-- 24 hours returns the credential it made the first time; the request's SHA-256 tells a retry from a different request.
create table api_idempotency_keys (
    api_key_id      uuid not null references api_keys (id),
    idempotency_key text not null,
    request_hash    text not null,
    credential_id   uuid references credentials (id),
    created_at      timestamptz not null,
    primary key (api_key_id, idempotency_key)
);
create index api_idempotency_keys_created on api_idempotency_keys (created_at);

-- A key's own request limit per minute, where it differs from laurel.api.rate-limit.per-minute.
create table api_rate_limits (
    api_key_id uuid primary key references api_keys (id),
    per_minute int not null check (per_minute > 0)
);
