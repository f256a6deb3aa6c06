-- The badge designer: the artwork a badge's image was drawn from (so its form shows the design again; gone when an
-- image is uploaded instead), and the designs an organization keeps as templates, one per name.
create table badge_artworks (
    badge_id   uuid primary key references badges (id) on delete cascade,
    artwork    jsonb not null,
    updated_at timestamptz not null
);

create table artwork_templates (
    id              uuid primary key,
    organization_id uuid not null references organizations (id) on delete cascade,
    name            text not null,
    artwork         jsonb not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (organization_id, name)
);
