-- Certificates: each badge's certificate settings, each organization's seal (a self-signed certificate and its
-- private key, encrypted under the master key and bound to the row), and rendered PDFs kept by the digest of what
-- they were made from (content-addressed: a credential whose state, document or design changes gets a new one).
create table certificate_settings (
    badge_id        uuid primary key references badges (id) on delete cascade,
    organization_id uuid not null references organizations (id),
    template        text not null check (template in ('classic', 'modern', 'minimal', 'formal')),
    paper           text not null check (paper in ('a4', 'letter')),
    orientation     text not null check (orientation in ('landscape', 'portrait')),
    updated_at      timestamptz not null
);

create table certificate_seals (
    organization_id uuid primary key references organizations (id),
    certificate     bytea not null,
    encrypted_key   bytea not null,
    created_at      timestamptz not null
);

create table certificate_pdfs (
    digest        text primary key,
    credential_id uuid not null references credentials (id),
    pdf           bytea not null,
    created_at    timestamptz not null
);
create index certificate_pdfs_credential on certificate_pdfs (credential_id);
