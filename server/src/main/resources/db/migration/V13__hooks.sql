-- Issue on event: each organization's mappings from an external system's JSON event to (badge, recipient), and the
-- events received through them, one row per (mapping, external event id), so an event issues at most once.
create table hook_mappings (
    id                  uuid primary key,
    organization_id     uuid not null references organizations (id),
    name                text not null,
    -- deleting the badge deletes its mappings: they could issue nothing
    achievement_id      uuid not null references badges (id) on delete cascade,
    -- RFC 6901 JSON pointers into the event
    event_id_pointer    text not null,
    email_pointer       text not null,
    name_pointer        text,
    narrative_pointer   text,
    evidence_pointer    text,
    issued_on_pointer   text,
    -- an event is issued for only when the value at condition_pointer is condition_value
    condition_pointer   text,
    condition_value     text,
    format              text check (format in ('di', 'jwt')),
    enabled             boolean not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check ((condition_pointer is null) = (condition_value is null))
);
create index hook_mappings_organization on hook_mappings (organization_id, created_at);

-- The claim is the insert, in the issuing transaction: a concurrent delivery of the same event waits for it, then
-- finds the credential.
create table hook_events (
    mapping_id        uuid not null references hook_mappings (id) on delete cascade,
    external_event_id text not null,
    credential_id     uuid references credentials (id),
    received_at       timestamptz not null,
    primary key (mapping_id, external_event_id)
);
create index hook_events_received on hook_events (mapping_id, received_at desc);

-- Every delivery to a mapping's hook URL by a key of its organization, whatever became of it: the event log the page
-- and the API show. A row is written as received before the event is read and given its outcome after, so one left
-- 'received' was cut off mid-way (its transaction, and any credential, rolled back). The newest 1000 per mapping stay.
create table hook_receipts (
    id                uuid primary key,
    mapping_id        uuid not null references hook_mappings (id) on delete cascade,
    received_at       timestamptz not null,
    status            text not null check (status in ('received', 'issued', 'replayed', 'skipped', 'failed')),
    external_event_id text,
    credential_id     uuid references credentials (id),
    -- skipped: condition-not-met; failed: the problem's code (hook.pointer-missing, api.malformed-json, ...)
    reason            text,
    message           text,
    check ((status in ('issued', 'replayed')) = (credential_id is not null))
);
create index hook_receipts_recent on hook_receipts (mapping_id, received_at desc, id);
