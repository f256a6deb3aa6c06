-- The authorization server's stored clients, authorizations and consents (issue 20): the tables Spring Authorization
-- Server's JDBC services read, in PostgreSQL's types. API keys stay the VC-API's clients (their own table); these are
-- the platforms that registered dynamically (RFC 7591) to reach an earner's backpack through the OB 3.0 API.

-- client_secret holds the secret's hash only (the same password encoder as accounts), never the secret.
create table oauth2_registered_client (
    id varchar(100) primary key,
    client_id varchar(100) not null unique,
    client_id_issued_at timestamptz not null default now(),
    client_secret varchar(200),
    client_secret_expires_at timestamptz,
    client_name varchar(200) not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types varchar(1000) not null,
    redirect_uris varchar(1000),
    post_logout_redirect_uris varchar(1000),
    scopes varchar(1000) not null,
    client_settings varchar(2000) not null,
    token_settings varchar(2000) not null
);

-- Token values (codes, access and refresh tokens) are stored as their SHA-256 (oauth.StoredAuthorizations), so a copy
-- of this table grants nothing; account_id names the earner who consented, for their account page and erasure.
create table oauth2_authorization (
    id varchar(100) primary key,
    registered_client_id varchar(100) not null,
    principal_name varchar(200) not null,
    authorization_grant_type varchar(100) not null,
    authorized_scopes varchar(1000),
    attributes text,
    state varchar(500),
    authorization_code_value text,
    authorization_code_issued_at timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata text,
    access_token_value text,
    access_token_issued_at timestamptz,
    access_token_expires_at timestamptz,
    access_token_metadata text,
    access_token_type varchar(100),
    access_token_scopes varchar(1000),
    oidc_id_token_value text,
    oidc_id_token_issued_at timestamptz,
    oidc_id_token_expires_at timestamptz,
    oidc_id_token_metadata text,
    refresh_token_value text,
    refresh_token_issued_at timestamptz,
    refresh_token_expires_at timestamptz,
    refresh_token_metadata text,
    user_code_value text,
    user_code_issued_at timestamptz,
    user_code_expires_at timestamptz,
    user_code_metadata text,
    device_code_value text,
    device_code_issued_at timestamptz,
    device_code_expires_at timestamptz,
    device_code_metadata text,
    account_id uuid
);
create index oauth2_authorization_state on oauth2_authorization (state);
create index oauth2_authorization_code on oauth2_authorization (authorization_code_value);
create index oauth2_authorization_access on oauth2_authorization (access_token_value);
create index oauth2_authorization_refresh on oauth2_authorization (refresh_token_value);
create index oauth2_authorization_account on oauth2_authorization (account_id);

create table oauth2_authorization_consent (
    registered_client_id varchar(100) not null,
    principal_name varchar(200) not null,
    authorities varchar(1000) not null,
    account_id uuid,
    granted_at timestamptz not null default now(),
    primary key (registered_client_id, principal_name)
);
create index oauth2_authorization_consent_account on oauth2_authorization_consent (account_id);
