-- What happened to an issued credential after issue, beside its state: whether its earner accepted or declined it,
-- the credential it renews (a renewal is a new credential of the same badge; the renewed one stays valid until it
-- expires), and the continuing-education credits its earner earned with it.
alter table credentials
    add column claim text not null default 'pending' check (claim in ('pending', 'accepted', 'declined')),
    add column claim_changed_at timestamptz,
    add column renews uuid references credentials (id),
    add column credits_earned numeric;

update credentials c set claim = 'accepted', claim_changed_at = accepted.claimed_at
from claims accepted
where accepted.credential_id = c.id and accepted.claimed_by is not null;

update credentials c set claim = 'declined', claim_changed_at = declined.declined_at
from backpack_declined declined
where declined.credential_id = c.id and c.claim = 'pending';

-- A credential is renewed once: a second renewal renews the renewal.
create unique index credentials_renews on credentials (renews) where renews is not null;
-- Credentials by the day they expire, for reminders and the issuer's "expiring" lists.
create index credentials_expiring on credentials (valid_until) where valid_until is not null and state = 'active';
