-- Lists at scale: the credential list is searched by recipient name or address (substring, case- and
-- accent-insensitive) and paged by keyset in several orders over hundreds of thousands of rows per organization.

-- Lower case, Latin accents and ligatures folded away: 'Zoë Ærø' -> 'zoe aero'. The application folds what it searches
-- for with the same function, so both sides agree.
create function laurel_fold(text) returns text
    language sql immutable parallel safe strict
    return replace(replace(replace(replace(translate(lower($1),
        'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżž',
        'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz'),
        'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th');

-- What the search looks in: name and address, folded; kept by the database (an erased earner's is blank).
alter table credentials
    add column recipient_search text not null
        generated always as (laurel_fold(coalesce(recipient_name, '') || ' ' || coalesce(recipient_email, ''))) stored;

-- Substring search uses a trigram index where pg_trgm can be created (a trusted extension since PostgreSQL 13: the
-- database owner may create it); without it the search still works, scanning the organization's rows.
do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm is not available (%): credential search scans instead of using a trigram index', sqlerrm;
    end;
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index credentials_search on credentials using gin (recipient_search gin_trgm_ops)';
    end if;
end
$$;

-- Keyset paging in each order the list offers, within one organization; the filters that are selective (a badge, a
-- state other than active, a claim) have their own index in the newest-first order.
drop index credentials_organization;
create index credentials_organization on credentials (organization_id, issued_at desc, id desc);
create index credentials_organization_name on credentials (organization_id, recipient_search, id);
create index credentials_organization_expiry
    on credentials (organization_id, coalesce(valid_until, 'infinity'::timestamptz), id);
create index credentials_organization_badge on credentials (organization_id, badge_id, issued_at desc, id desc);
create index credentials_organization_claim on credentials (organization_id, claim, issued_at desc, id desc);
create index credentials_organization_state on credentials (organization_id, state, issued_at desc, id desc)
    where state <> 'active';
