-- Imported credentials are verified again in the background (backpack.Rechecks). checked_at is when an item was last
-- claimed for a check, the cursor every node advances in one statement; verified_at is when its report was made (the
-- import or the last re-check that concluded); check_problem is why the last check could not conclude (the issuer's
-- site down), null when it did; issuer_status is what the report says of revocation and suspension, so lists and
-- filters need not read the report.
alter table backpack_items
    add column issuer_status text not null default 'active'
        check (issuer_status in ('active', 'revoked', 'suspended')),
    add column checked_at    timestamptz,
    add column verified_at   timestamptz,
    add column check_problem text;
update backpack_items set checked_at = added_at, verified_at = added_at where original is not null;
create index backpack_items_recheck on backpack_items (checked_at) where original is not null;
