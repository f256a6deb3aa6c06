-- OpenID4VP requests made by "Verify from a wallet" on /verify: one row per request, answered once, before it expires.
-- Any node may serve the request object, receive the wallet's response or show the outcome, so all of it is here.
create table presentation_requests (
    id               uuid primary key,
    transaction_hash text not null unique,  -- SHA-256 of the secret in the browser's URL: only that page sees the outcome
    request_id       text not null unique,  -- the state: in the request_uri and in the wallet's response
    nonce            text not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    fetched_at       timestamptz,            -- when a wallet first fetched the request object
    answered_at      timestamptz,            -- when the one response was taken (a second is a replay)
    outcome          jsonb                   -- what the response showed; null until it is checked
);
create index presentation_requests_expires on presentation_requests (expires_at);
