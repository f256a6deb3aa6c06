-- Credentials whose content a VC-API client supplied: signed with the organization's active key and stored exactly as
-- signed, with a revocation status entry and, for credentials other than Open Badges / CLR ones, a suspension entry.
-- credential_id is how the client names the credential (options.credentialId or credential.id), unique per
-- organization; a credential without one is stored but cannot be looked up.
create table supplied_credentials (
    id                 uuid primary key,
    organization_id    uuid not null references organizations (id),
    credential_id      text,
    format             text not null check (format in ('di', 'jwt')),
    document           text not null,
    revocation_list_id uuid not null references status_lists (id),
    revocation_index   int not null,
    suspension_list_id uuid references status_lists (id),
    suspension_index   int,
    issued_at          timestamptz not null,
    issued_by_key      uuid,
    revoked_at         timestamptz,
    suspended_at       timestamptz,
    unique (organization_id, credential_id),
    unique (revocation_list_id, revocation_index),
    unique (suspension_list_id, suspension_index)
);
