-- Issuing organizations, their members and invitations.
create table organizations (
    id          uuid primary key,
    name        text not null,
    url         text,
    email       text,
    description text,
    image       bytea,
    image_type  text,
    created_at  timestamptz not null,
    -- its LinkedIn company page id, for earners' "Add to profile" links
    linkedin_organization_id text
);

create table memberships (
    organization_id uuid not null references organizations (id) on delete cascade,
    account_id      uuid not null references accounts (id) on delete cascade,
    role            text not null check (role in ('owner', 'admin', 'issuer', 'viewer')),
    joined_at       timestamptz not null,
    primary key (organization_id, account_id)
);
create index memberships_account on memberships (account_id);

create table invitations (
    token_hash      text primary key,
    organization_id uuid not null references organizations (id) on delete cascade,
    email           text not null,
    role            text not null check (role in ('owner', 'admin', 'issuer', 'viewer')),
    invited_by      uuid not null references accounts (id),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    accepted_by     uuid references accounts (id)
);
create index invitations_organization on invitations (organization_id);
