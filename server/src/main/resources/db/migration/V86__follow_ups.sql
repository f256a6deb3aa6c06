-- One queue of follow-up work for every module and node: db-scheduler's table, as its PostgreSQL DDL has it.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- What the outboxes' pollers still had to do becomes work in the queue: mails not sent yet (mails queued singly
-- before those of bulk jobs), webhook deliveries not finished, bulk jobs not finished (worked through in order).
insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version, priority)
select 'mail', cast(id as text), next_attempt_at, false, 1, case when text_body is null then 0 else 10 end
from mail_outbox where sent_at is null;

insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version, priority)
select 'webhook-delivery', cast(id as text), coalesce(next_attempt_at, now()), false, 1, 0
from webhook_deliveries where state in ('pending', 'sending');

insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version, priority)
select 'bulk-batch', cast(id as text) || ':0:2147483647', now(), false, 1, 0
from bulk_jobs where state in ('queued', 'running');

-- Spring Modulith's event publication registry was never written (every listener runs in its publisher's
-- transaction) and is no longer used.
drop table if exists event_publication;
