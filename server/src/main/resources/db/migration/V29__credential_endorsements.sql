-- People endorse an earner's credential (issue 16): the earner's requests, the endorsements given through them, and
-- the addresses that asked an earner to stop.

-- One request by mail, for one or several of the earner's credentials. Only the SHA-256 of each link's token is kept.
create table endorsement_requests (
    id                  uuid primary key,
    account_id          uuid        not null references accounts (id) on delete cascade,
    endorser_name       text        not null,
    endorser_email      text,        -- forgotten once the request is answered or reported
    message             text        not null,
    token_hash          text        not null unique,
    created_at          timestamptz not null,
    expires_at          timestamptz not null,
    used_at             timestamptz,
    reported_at         timestamptz,
    withdraw_token_hash text unique
);
create index endorsement_requests_by_account on endorsement_requests (account_id, created_at);

create table endorsement_request_credentials (
    request_id    uuid not null references endorsement_requests (id) on delete cascade,
    credential_id uuid not null,
    primary key (request_id, credential_id)
);

-- An endorsement given on a credential (the signed EndorsementCredential is the endorsements module's), and the
-- earner's decision on it: pending until they accept or hide it.
create table credential_endorsements (
    endorsement_id        uuid primary key,
    request_id            uuid        not null references endorsement_requests (id) on delete cascade,
    credential_id         uuid        not null,
    endorser_name         text        not null,
    endorser_role         text,
    endorser_organization text,
    comment               text        not null,
    given_at              timestamptz not null,
    decision              text        not null default 'pending' check (decision in ('pending', 'accepted', 'hidden')),
    withdrawn_at          timestamptz
);
create index credential_endorsements_by_credential on credential_endorsements (credential_id);

-- "Report as unwanted": this earner may not ask this address again. The address is kept as its SHA-256 only.
create table endorsement_blocks (
    account_id uuid        not null references accounts (id) on delete cascade,
    email_hash text        not null,
    blocked_at timestamptz not null,
    primary key (account_id, email_hash)
);
