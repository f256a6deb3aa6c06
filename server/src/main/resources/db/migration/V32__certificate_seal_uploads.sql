-- An organization's own e-seal, uploaded as a PKCS#12 file by an owner or admin: used instead of its self-signed seal
-- while the row is there (removing it goes back to the self-signed one). The private key is PKCS#8, AES-GCM encrypted
-- under the master key and bound to the organization; the file's password is never stored.
create table certificate_seal_uploads (
    organization_id uuid primary key references organizations (id),
    chain           bytea not null,
    encrypted_key   bytea not null,
    fingerprint     text not null,
    subject         text not null,
    issuer          text not null,
    not_after       timestamptz not null,
    uploaded_at     timestamptz not null
);
