-- Claim links: the single-use link each issued credential's earner is mailed, to accept it into their account's
-- backpack; only the token's SHA-256 is stored. The row an account accepted records who and when; a credential is
-- accepted by one account at most.
create table claims (
    token_hash    text primary key,
    credential_id uuid not null references credentials (id),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    claimed_by    uuid references accounts (id),
    claimed_at    timestamptz
);
create index claims_credential on claims (credential_id);
create unique index claims_accepted on claims (credential_id) where claimed_by is not null;
create index claims_account on claims (claimed_by, claimed_at desc) where claimed_by is not null;
