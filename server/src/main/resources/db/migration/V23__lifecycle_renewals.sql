-- An earner's request to renew a credential, and what became of it: evidence (a URL, or a file kept here, at most
-- 10 MB, PDF, PNG or JPEG) for the manual rule, the credits counted for the credits rule; the issuer's decision with
-- its reason, and the credential that renewed it. A credential has at most one pending request.
create table renewal_requests (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    credential_id   uuid not null references credentials (id),
    -- the earner's account that asked (no reference: the request outlives the account's deletion, its file does not)
    account_id      uuid,
    rule            text not null check (rule in ('manual', 'credits')),
    evidence_url    text,
    evidence_name   text,
    evidence_type   text check (evidence_type in ('application/pdf', 'image/png', 'image/jpeg')),
    evidence_file   bytea,
    credits         numeric,
    status          text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
    reason          text,
    requested_at    timestamptz not null,
    decided_at      timestamptz,
    decided_by      uuid,
    decided_by_key  uuid,
    renewal_id      uuid references credentials (id),
    check ((evidence_file is null) = (evidence_type is null))
);
create unique index renewal_requests_pending on renewal_requests (credential_id) where status = 'pending';
create index renewal_requests_queue on renewal_requests (organization_id, status, requested_at);
