-- The certificate designer: what an issuer adds to a badge's certificate template. Pictures are PNG or JPEG, checked
-- by their bytes before they are stored; text blocks are a JSON array of {text, typeface, size}.
alter table certificate_settings
    add column background        bytea,
    add column background_type   text check (background_type in ('image/png', 'image/jpeg')),
    add column logo              bytea,
    add column logo_type         text check (logo_type in ('image/png', 'image/jpeg')),
    add column organization_logo boolean not null default false,
    add column texts             jsonb not null default '[]',
    add column qr_code           boolean not null default true,
    add column badge_image       boolean not null default true,
    add column attach_to_mail    boolean not null default false;

create table certificate_signatures (
    badge_id   uuid not null references certificate_settings (badge_id) on delete cascade,
    position   int not null check (position between 0 and 2),
    name       text not null,
    title      text not null,
    image      bytea,
    image_type text check (image_type in ('image/png', 'image/jpeg')),
    primary key (badge_id, position)
);

-- A certificate with {custom.COLUMN} reads the bulk row its credential was issued from.
create index bulk_rows_credential on bulk_rows (credential_id) where credential_id is not null;
