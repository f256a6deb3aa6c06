-- Deleting an earner's account (GDPR erasure). The account row stays, emptied, as a "deleted earner", so that what
-- refers to it (claims, shares already announced) still holds; it can never log in again.
alter table accounts add column deleted_at timestamptz;

-- Credentials issued to a deleted earner: their address, name and the signed document (which names them) are erased;
-- the status list entry stays, so copies the earner handed out still verify, and the issuer can still revoke them.
alter table credentials
    alter column recipient_email drop not null,
    alter column recipient_name drop not null,
    alter column document drop not null,
    add column recipient_forgotten_at timestamptz,
    add constraint credentials_recipient_kept check (
        recipient_forgotten_at is not null
        or (recipient_email is not null and recipient_name is not null and document is not null));

-- The audit log stays append-only, with one exception: the subject of an entry may be replaced by 'deleted earner'
-- (the earner's name and address in "credential.issued"), every other column unchanged.
create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.subject = 'deleted earner'
            and new.id = old.id and new.organization_id = old.organization_id
            and new.actor_account_id is not distinct from old.actor_account_id
            and new.action = old.action and new.details = old.details and new.at = old.at then
        return new;
    end if;
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end;
$$;
