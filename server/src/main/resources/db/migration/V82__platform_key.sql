-- The platform's own Ed25519 key: it signs what Laurel itself issues (earners' collections as CLR 2.0 credentials),
-- as did:web:HOST#platform-1, published at /.well-known/did.json. Made by whichever node needs it first; the secret
-- is AES-256-GCM encrypted under the master key, bound to the fragment.
create table platform_keys (
    fragment             text primary key,
    public_key_multibase text not null,
    encrypted_secret     bytea not null,
    created_at           timestamptz not null
);
