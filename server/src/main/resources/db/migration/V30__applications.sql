-- Expert review (issue 16): badges open for application, earners' applications with every submission of evidence
-- kept, the reviewers assigned (members, or outside experts by a mailed single-use link whose SHA-256 only is kept)
-- and their reviews. When the badge's approvals are reached the credential is issued and named here.

-- A badge open for application: how many approvals award it, and its rubric as the settings page saved it (a
-- criterion a line, "Criterion: Level | Level | Level": applications.Rubric).
create table application_badges (
    badge_id           uuid primary key references badges (id),
    organization_id    uuid not null references organizations (id),
    open               boolean not null,
    approvals_required int not null default 1 check (approvals_required between 1 and 10),
    rubric             text not null default '',
    updated_at         timestamptz not null
);

create table applications (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    badge_id        uuid not null references badges (id),
    -- the earner's account (no reference: erasing the account empties the row, see applications.ApplicantErasure)
    account_id      uuid,
    earner_name     text not null,
    earner_email    text,
    state           text not null check (state in ('submitted', 'changes-requested', 'approved', 'declined')),
    version         int not null default 1,
    reason          text,
    created_at      timestamptz not null,
    submitted_at    timestamptz not null,
    decided_at      timestamptz,
    credential_id   uuid references credentials (id)
);
create index applications_queue on applications (organization_id, state, submitted_at);
create index applications_earner on applications (account_id, badge_id);

-- Every submission of evidence, numbered from 1: a resubmission after a change request adds the next.
create table application_submissions (
    application_id uuid not null references applications (id),
    version        int not null,
    statement      text not null default '',
    -- the evidence written per rubric criterion: {"criterion id": "text"}
    answers        jsonb not null default '{}',
    urls           text[] not null default '{}',
    submitted_at   timestamptz not null,
    primary key (application_id, version)
);

-- Evidence files, at most 20 MB each, of a type their first bytes say (PDF, PNG, JPEG).
create table application_files (
    id             uuid primary key,
    application_id uuid not null references applications (id),
    version        int not null,
    name           text,
    media_type     text check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    bytes          bytea
);
create index application_files_version on application_files (application_id, version);

-- Who reviews an application: a member (account_id) or an outside expert (token_hash, mailed, single use per review,
-- expires_at; a new link is mailed for each submission they are to review).
create table application_reviewers (
    id             uuid primary key,
    application_id uuid not null references applications (id),
    account_id     uuid,
    name           text not null,
    email          text,
    token_hash     text unique,
    expires_at     timestamptz,
    assigned_at    timestamptz not null,
    unique (application_id, email)
);

create table application_reviews (
    id             uuid primary key,
    application_id uuid not null references applications (id),
    reviewer_id    uuid not null references application_reviewers (id),
    version        int not null,
    decision       text not null check (decision in ('approve', 'request-changes', 'decline')),
    comment        text not null,
    -- the level chosen per rubric criterion: {"criterion id": "level id"}
    scores         jsonb not null default '{}',
    reviewed_at    timestamptz not null,
    unique (application_id, reviewer_id, version)
);
