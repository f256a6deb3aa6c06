-- Each account's own Ed25519 key, made on first use: it signs what the person signs in their own name (an endorsement),
-- as did:web:HOST:accounts:ID. The secret is encrypted under the master key, bound to the account.
create table account_keys (
    account_id           uuid primary key references accounts (id),
    fragment             text not null,
    public_key_multibase text not null,
    encrypted_secret     bytea not null,
    created_at           timestamptz not null
);
