-- Bulk issuing: a job per uploaded file (or API request), its rows as checked, the problems the dry run found, and the
-- ledger that makes issuing exactly-once: one row per (badge, recipient key) ever issued in bulk.
create table bulk_jobs (
    id                 uuid primary key,
    organization_id    uuid not null references organizations (id),
    badge_id           uuid not null references badges (id),
    state              text not null check (state in ('checked', 'queued', 'running', 'completed', 'cancelled')),
    source             text not null,
    narrative_template text,
    total_rows         int not null default 0,
    valid_rows         int not null default 0,
    issued             int not null default 0,
    skipped            int not null default 0,
    failed             int not null default 0,
    cancelled          int not null default 0,
    file_problem       text,
    created_by         uuid references accounts (id),
    api_key_id         uuid references api_keys (id),
    idempotency_key    text,
    request_hash       text,
    created_at         timestamptz not null,
    started_at         timestamptz,
    finished_at        timestamptz
);
create index bulk_jobs_organization on bulk_jobs (organization_id, created_at desc);
create index bulk_jobs_runnable on bulk_jobs (created_at) where state in ('queued', 'running');
create unique index bulk_jobs_idempotency on bulk_jobs (api_key_id, idempotency_key) where idempotency_key is not null;

-- row_no is the spreadsheet's row number (the header is row 1), or the index in a JSON array (from 0).
-- row_key is what makes a row the same recipient: 'id:' || external_id, else 'email:' || lower(email).
create table bulk_rows (
    job_id        uuid not null references bulk_jobs (id),
    row_no        int not null,
    row_key       text,
    email         text,
    name          text,
    issued_on     date,
    expires_on    date,
    narrative     text,
    evidence      text[] not null default '{}',
    external_id   text,
    metadata      jsonb not null default '{}',
    valid         boolean not null,
    state         text not null check (state in ('checked', 'pending', 'issued', 'skipped', 'failed', 'cancelled')),
    credential_id uuid,
    error         text,
    worker        text,
    primary key (job_id, row_no)
);
create index bulk_rows_pending on bulk_rows (job_id, row_no) where state = 'pending';
create index bulk_rows_key on bulk_rows (job_id, row_key);

create table bulk_problems (
    job_id      uuid not null references bulk_jobs (id),
    row_no      int not null,
    column_name text not null,
    code        text not null,
    message     text not null
);
create index bulk_problems_job on bulk_problems (job_id, row_no);

-- The exactly-once ledger: a (badge, recipient key) is inserted in the transaction that issues its credential (first,
-- then the credential, then its id here), so a second job, a retry or a restarted node finds it and skips the row
-- instead of issuing it again; a concurrent insert of the same key waits for the first transaction's outcome.
create table bulk_issued (
    badge_id      uuid not null references badges (id),
    row_key       text not null,
    credential_id uuid references credentials (id),
    job_id        uuid not null references bulk_jobs (id),
    row_no        int not null,
    primary key (badge_id, row_key)
);
