-- How an organization runs its credentials after issue: one row of defaults per organization (badge_id null) and one
-- per badge that overrides some of them (a null column takes the organization's value, then Laurel's default).
create table lifecycle_policies (
    organization_id         uuid not null references organizations (id),
    badge_id                uuid references badges (id),
    -- days after issue to remind an earner who has not accepted yet, e.g. {7,30}
    accept_reminder_days    int[],
    -- days before validUntil to remind the earner, e.g. {90,30,7}
    expiry_reminder_days    int[],
    -- once expired, the public page offers no share buttons (it still shows the credential, as expired)
    hide_share_when_expired boolean,
    -- manual: the issuer approves the earner's request; credits: enough CE credits; reissue: the issuer re-issues
    renewal_rule            text check (renewal_rule in ('manual', 'credits', 'reissue')),
    -- how many days before validUntil the earner sees "Renew"
    renewal_window_days     int check (renewal_window_days >= 0),
    -- credits: how many CE credits within the current validity window renew it
    renewal_credits         numeric check (renewal_credits >= 0),
    -- credits: the badges whose credits count (this organization's); empty for all of them
    renewal_credit_badges   uuid[],
    -- credits: whether verified imports from other issuers count too
    renewal_counts_imports  boolean,
    -- credits: renew without asking once the credits are there
    renewal_automatic       boolean,
    -- a message added to the issued mail (a Markdown subset, escaped)
    issued_message          text,
    updated_at              timestamptz not null,
    unique nulls not distinct (organization_id, badge_id)
);
