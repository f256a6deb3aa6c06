-- Whose an item is (issue 12, item 2): whether the credential names the account's earner — one of their confirmed
-- addresses, plain or hashed with the credential's salt. Credentials issued here and accepted are theirs. An import is
-- checked when it comes in and at each re-check; one that is not theirs is marked "Not issued to you" and never
-- carried in the CLR the platform signs. Null: an import made before this was checked, left out of CLRs until its next
-- re-check settles it — made due at once here (one whose last check failed is retried within the hour anyway).
alter table backpack_items add column issued_to_earner boolean;
update backpack_items set issued_to_earner = true where credential_id is not null;
update backpack_items set checked_at = timestamptz 'epoch' where original is not null and check_problem is null;
alter table backpack_items add constraint backpack_items_issued_here_is_the_earners
    check (credential_id is null or issued_to_earner);
