-- Accounts: one per person, whether they issue, earn, or both.
create table accounts (
    id                uuid primary key,
    email             text not null,
    display_name      text not null,
    password_hash     text not null,
    email_verified_at timestamptz,
    platform_admin    boolean not null default false,
    created_at        timestamptz not null,
    -- an erased earner: the row stays, emptied, so what refers to it still holds; it can never log in again
    deleted_at        timestamptz
);
create unique index accounts_email on accounts (lower(email));

-- Single-use secrets sent in mails; only their SHA-256 is stored.
create table account_tokens (
    token_hash text primary key,
    account_id uuid not null references accounts (id) on delete cascade,
    purpose    text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- Login attempts, for throttling password guessing across every node.
create table login_attempts (
    id        bigserial primary key,
    email     text not null,
    address   text not null,
    at        timestamptz not null,
    succeeded boolean not null
);
create index login_attempts_email on login_attempts (lower(email), at);
create index login_attempts_address on login_attempts (address, at);
