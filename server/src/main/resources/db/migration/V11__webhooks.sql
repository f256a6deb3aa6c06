-- Webhooks: each organization's endpoints, the events they are sent, and every delivery attempt.
create table webhook_endpoints (
    id                         uuid primary key,
    organization_id            uuid not null references organizations (id),
    url                        text not null,
    description                text not null default '',
    -- the event types wanted, comma-separated, or '*' for every type
    event_types                text not null,
    enabled                    boolean not null,
    -- the signing secret's bytes, AES-GCM under the master key, bound to the endpoint's id
    secret_ciphertext          bytea not null,
    -- after a rotation, the previous secret keeps signing alongside the new one until previous_secret_until
    previous_secret_ciphertext bytea,
    previous_secret_until      timestamptz,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null
);
create index webhook_endpoints_organization on webhook_endpoints (organization_id, created_at);

-- One row per event that at least one endpoint wanted: its id is the webhook-id, its payload the signed body.
create table webhook_events (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    type            text not null,
    payload         text not null,
    occurred_at     timestamptz not null
);
create index webhook_events_occurred on webhook_events (occurred_at);

-- The outbox: one delivery per event and endpoint, written in the transaction of the action that caused the event.
create table webhook_deliveries (
    id               uuid primary key,
    event_id         uuid not null references webhook_events (id) on delete cascade,
    endpoint_id      uuid not null references webhook_endpoints (id) on delete cascade,
    state            text not null check (state in ('pending', 'sending', 'delivered', 'failed')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz,
    -- automatic retries stop after this (24 hours after the event; a manual redelivery sets it to its own time)
    retry_until      timestamptz not null,
    -- the next attempt was asked for by a person or an API client (manual redelivery)
    manual           boolean not null default false,
    last_status      int,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    unique (event_id, endpoint_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where state = 'pending';
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc);

-- The delivery log: every attempt, with what the receiver answered or why there was no answer.
create table webhook_attempts (
    id               bigint generated always as identity primary key,
    delivery_id      uuid not null references webhook_deliveries (id) on delete cascade,
    attempted_at     timestamptz not null,
    manual           boolean not null,
    response_status  int,
    error            text,
    duration_ms      int not null,
    response_body    text
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);
