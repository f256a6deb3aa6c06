-- The mail outbox: written in the same transaction as whatever caused the mail, delivered by any node. Mails queued
-- by bulk issuing are rendered when they are sent: their template variables and locale are stored instead of bodies.
create table mail_outbox (
    id              uuid primary key,
    recipient       text not null,
    subject         text not null,
    text_body       text,
    html_body       text,
    kind            text not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        int not null default 0,
    last_error      text,
    sent_at         timestamptz,
    delivered_via   text,
    variables       jsonb,
    locale          text
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
create index mail_outbox_recipient on mail_outbox (lower(recipient), created_at desc);
create index mail_outbox_sent on mail_outbox (sent_at) where sent_at is not null;
