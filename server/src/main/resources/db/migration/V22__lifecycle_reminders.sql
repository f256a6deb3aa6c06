-- Reminder mails of the lifecycle module. Each (credential, kind, days) step is recorded once, in the transaction that
-- queues its mail, so a step is mailed at most once whatever the nodes and crashes; a step passed over because a more
-- urgent one was due at the same time is recorded as skipped.
create table lifecycle_reminders (
    credential_id uuid not null references credentials (id),
    -- accept: days after issue while not accepted; expiry: days before validUntil
    kind          text not null check (kind in ('accept', 'expiry')),
    days          int not null,
    sent_at       timestamptz not null,
    skipped       boolean not null default false,
    primary key (credential_id, kind, days)
);

-- Addresses that asked for no more reminder mails, by the SHA-256 of their unsubscribe token (an HMAC of the address
-- under a key derived from the master key): no address is stored.
create table lifecycle_unsubscribes (
    token_hash      text primary key,
    unsubscribed_at timestamptz not null
);

-- Members who asked for the weekly digest of their organization's credentials that expire soon.
create table lifecycle_digest_members (
    organization_id uuid not null references organizations (id) on delete cascade,
    account_id      uuid not null references accounts (id) on delete cascade,
    since           timestamptz not null,
    primary key (organization_id, account_id)
);

-- Each digest sent: one per member and week (the Monday it starts, UTC).
create table lifecycle_digests (
    organization_id uuid not null references organizations (id) on delete cascade,
    account_id      uuid not null references accounts (id) on delete cascade,
    week            date not null,
    sent_at         timestamptz not null,
    primary key (organization_id, account_id, week)
);

-- Further header fields of a mail (e.g. List-Unsubscribe, RFC 8058), as a JSON object of strings.
alter table mail_outbox add column headers jsonb;
