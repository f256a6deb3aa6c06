-- The key that signs the VC-API's OAuth 2.0 access tokens: one for every node, made at first use, its private JWK
-- AES-256-GCM encrypted under the master key.
create table vcapi_token_keys (
    purpose       text primary key,
    encrypted_jwk bytea not null,
    created_at    timestamptz not null
);
