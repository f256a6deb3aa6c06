-- The earner's backpack: every credential an account keeps, issued here (credential_id) or imported (the original
-- bytes exactly as they came in, so an export returns them unchanged). What lists and filters need is copied out of
-- the credential when it arrives; the issuing record stays the source of an issued credential's state.
create table backpack_items (
    id            uuid primary key,
    account_id    uuid not null references accounts (id),
    credential_id uuid references credentials (id),
    original      bytea,
    original_kind text check (original_kind in ('png', 'svg', 'json', 'jwt')),
    source        text,
    format        text not null,
    name          text not null,
    issuer_name   text,
    issuer_id     text,
    image_url     text,
    skills        text[] not null default '{}',
    issued_at     timestamptz,
    valid_until   timestamptz,
    report        jsonb,
    visibility    text not null default 'link' check (visibility in ('public', 'link', 'private')),
    added_at      timestamptz not null,
    -- re-checks of imports: the last result (issuer_status) and when each was last claimed (checked_at), verified
    -- (verified_at), or could not conclude and why (check_problem)
    issuer_status text not null default 'active'
        check (issuer_status in ('active', 'revoked', 'suspended')),
    checked_at    timestamptz,
    verified_at   timestamptz,
    check_problem text,
    check ((credential_id is null) <> (original is null)),
    unique (account_id, credential_id)
);
create index backpack_items_account on backpack_items (account_id, added_at desc);
create index backpack_items_recheck on backpack_items (checked_at) where original is not null;

-- Credentials issued to one of an account's addresses that its earner declined: no longer offered.
create table backpack_declined (
    account_id    uuid not null references accounts (id),
    credential_id uuid not null references credentials (id),
    declined_at   timestamptz not null,
    primary key (account_id, credential_id)
);

-- Further addresses of an account: credentials issued to any confirmed one are offered in its backpack.
create table earner_addresses (
    account_id   uuid not null references accounts (id),
    email        text not null,
    token_hash   text,
    added_at     timestamptz not null,
    confirmed_at timestamptz,
    primary key (account_id, email)
);
create unique index earner_addresses_confirmed on earner_addresses (lower(email)) where confirmed_at is not null;
create unique index earner_addresses_token on earner_addresses (token_hash);

-- Each time an earner shares a credential, by channel (linkedin, x, facebook, link, embed, qr, …).
create table backpack_shares (
    id         bigserial primary key,
    item_id    uuid not null references backpack_items (id) on delete cascade,
    channel    text not null,
    at         timestamptz not null
);
create index backpack_shares_item on backpack_shares (item_id, at);

-- Named, ordered sets of items with their own public link; and the earner's public profile.
create table backpack_collections (
    id          uuid primary key,
    account_id  uuid not null references accounts (id),
    name        text not null,
    description text,
    created_at  timestamptz not null
);
create index backpack_collections_account on backpack_collections (account_id, created_at);
create table backpack_collection_items (
    collection_id uuid not null references backpack_collections (id) on delete cascade,
    item_id       uuid not null references backpack_items (id) on delete cascade,
    position      int not null,
    primary key (collection_id, item_id)
);
create table earner_profiles (
    account_id   uuid primary key references accounts (id),
    handle       text not null,
    display_name text not null,
    bio          text,
    published    boolean not null default false
);
create unique index earner_profiles_handle on earner_profiles (lower(handle));
