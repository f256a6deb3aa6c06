-- FOR BENCHMARKING ONLY. Puts :count credentials into the organization :'organization', set-based, in one transaction:
-- rows that look like real ones to every list, search, filter and export (recipients with accented names, several
-- badges, issue dates over the last two years, expiry dates, revoked, suspended, accepted and declined ones), but
-- UNSIGNED: their document is a placeholder, not a verifiable credential, so their public pages and downloads do not
-- verify. Revoking, suspending or renewing one works (the status lists they use are real, copied from the
-- organization's own). The organization needs a badge and one credential issued the ordinary way first (which creates
-- its revocation status list). Run by bench/seed-credentials; psql variables: organization (uuid), count (integer).
\set ON_ERROR_STOP on
begin;

-- enough status lists of 131,072 entries, full (never allocated from), their bits copied from the organization's own
create temp table seed_lists on commit drop as
    select gen_random_uuid() as id, n - 1 as k from generate_series(1, ceil(:count / 131072.0)::int) n;
insert into status_lists (id, organization_id, purpose, allocated, encoded_list, signed_credential, version, is_full,
                          created_at, updated_at)
select s.id, t.organization_id, t.purpose, decode(repeat('ff', 16384), 'hex'), t.encoded_list, t.signed_credential,
       t.version, true, t.created_at, t.updated_at
from seed_lists s,
     (select * from status_lists where organization_id = :'organization' and purpose = 'revocation'
      order by created_at limit 1) t;

create temp table seed_badges on commit drop as
    select (row_number() over (order by created_at, id) - 1)::int as k, id, name
    from badges where organization_id = :'organization';

create temp table seed_names on commit drop as
    select array['Zoë', 'José', 'Ana', 'Björn', 'Łukasz', 'Chloé', 'Amélie', 'Ingrid', 'Søren', 'Mohammed', 'Aiko',
                 'Grace', 'Ada', 'Alan', 'Noé', 'Çağla', 'Émile', 'Hannah', 'Pedro', 'Wei'] as first,
           array['Ångström', 'Müller', 'García', 'Nowak', 'Dubois', 'Smith', 'Okafor', 'Tanaka', 'Hopper', 'Lovelace',
                 'Turing', 'Núñez', 'Kowalczyk', 'O''Brien', 'Østergaard', 'Yılmaz', 'Rossi', 'Chen', 'Novák',
                 'Fernández'] as last;

insert into credentials (id, organization_id, badge_id, badge_name, recipient_email, recipient_name, issued_at,
                         valid_until, format, document, state, state_reason, state_changed_at, status_list_id,
                         status_index, claim, claim_changed_at)
select gen_random_uuid(), :'organization', b.id, b.name,
       'seed' || i || '@seed.example',
       n.first[1 + i % 20] || ' ' || n.last[1 + (i / 20) % 20] || ' ' || i,
       issued,
       case when i % 3 = 0 then null else issued + ((1 + i % 3) * interval '1 year') - (i % 97) * interval '1 day' end,
       'di', '{"seeded": "a placeholder, not a credential: bench/seed-credentials.sql"}',
       case when i % 50 = 7 then 'revoked' when i % 100 = 13 then 'suspended' else 'active' end,
       case when i % 50 = 7 then 'Seeded revocation' when i % 100 = 13 then 'Seeded suspension' end,
       case when i % 50 = 7 or i % 100 = 13 then issued + interval '1 day' end,
       l.id, i % 131072,
       case when i % 20 = 3 then 'declined' when i % 5 < 2 then 'accepted' else 'pending' end,
       case when i % 20 = 3 or i % 5 < 2 then issued + interval '2 days' end
from generate_series(0, :count - 1) i
cross join lateral (select now() - interval '1 day' - (i::double precision / :count) * interval '730 days' as issued) t
join seed_lists l on l.k = i / 131072
join seed_badges b on b.k = i % (select count(*) from seed_badges)
cross join seed_names n;

commit;
analyze credentials;
