-- The audit log: what people did in each organization, one row per action, written in the action's own transaction.
-- Append-only, enforced here: a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks. There are no foreign keys,
-- on purpose: the log outlives the accounts and organizations it names (a cascade would be refused by the trigger);
-- who the actor was is looked up when the log is read.
create table audit_log (
    id               bigserial primary key,
    organization_id  uuid not null,
    actor_account_id uuid,
    action           text not null,
    subject          text not null,
    details          jsonb not null default '{}',
    at               timestamptz not null
);
create index audit_log_organization_at on audit_log (organization_id, at desc);
-- The log page reads newest first, 50 at a time, by keyset on id.
create index audit_log_organization_id on audit_log (organization_id, id desc);

-- The one exception: the subject of an entry may become 'deleted earner' (an erased earner's name and address),
-- every other column unchanged.
create function audit_log_refuse_change() returns trigger language plpgsql as $$
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

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
