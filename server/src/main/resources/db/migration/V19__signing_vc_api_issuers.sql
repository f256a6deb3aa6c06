-- Which identifier each organization's VC-API issuer instance signs as: its did:web (no row: the default) or the
-- did:key of its active signing key, for verifiers that resolve did:key only.
create table vc_api_issuers (
    organization_id uuid primary key references organizations (id),
    identifier      text not null check (identifier in ('did:web', 'did:key'))
);
