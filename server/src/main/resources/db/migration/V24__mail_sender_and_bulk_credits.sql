-- A mail may go out in an organization's name: the From header's display name ("Example University via Laurel"),
-- the address staying laurel.mail.from. Null: the address alone, as before.
alter table mail_outbox add column sender_name text;

-- Bulk issuing: the continuing-education credits each row's earner earned; null for the badge's creditsAvailable.
alter table bulk_rows add column credits_earned numeric;
