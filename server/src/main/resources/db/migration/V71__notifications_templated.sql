-- Mails queued by bulk issuing are rendered when they are sent, not when they are queued: the template's variables
-- are stored instead of the bodies, which the sender fills in. Mails a transaction renders itself are unchanged.
alter table mail_outbox alter column text_body drop not null;
alter table mail_outbox add column variables jsonb;
alter table mail_outbox add column locale text;
create index mail_outbox_sent on mail_outbox (sent_at) where sent_at is not null;
