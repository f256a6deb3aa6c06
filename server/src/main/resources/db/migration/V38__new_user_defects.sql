-- Defects a new user hit (issue 18).
-- The bulk report CSV repeats each problem row's values as the file gave them, under the file's own header.
alter table bulk_jobs add column header text[];
alter table bulk_rows add column original text[];

-- A badge image accepted by a form that was shown again for another field's error: kept for that account, so the
-- issuer need not choose the file again; used once, or forgotten after a day.
create table held_uploads (
    id          uuid primary key,
    account_id  uuid not null references accounts (id) on delete cascade,
    bytes       bytea not null,
    media_type  text not null,
    width       int not null,
    height      int not null,
    created_at  timestamptz not null
);
create index held_uploads_created on held_uploads (created_at);

-- An earner's credentials are filtered by skill and, apart, by tag.
alter table backpack_items add column tags text[] not null default '{}';
-- Credentials issued here name their badge: its tags are tags, its skills skills (the signed JSON carries both as
-- tags, which OB 3.0 offers for free keywords).
update backpack_items i set
    tags = coalesce(array(select jsonb_array_elements_text(b.tags)), '{}'),
    skills = coalesce(array(select jsonb_array_elements_text(b.skills)), '{}')
        || coalesce(array(select s from unnest(i.skills) s
                          where s not in (select jsonb_array_elements_text(b.tags))
                            and s not in (select jsonb_array_elements_text(b.skills))), '{}')
from credentials c join badges b on b.id = c.badge_id
where i.credential_id = c.id;
