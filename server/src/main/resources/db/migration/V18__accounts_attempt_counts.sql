-- Attempts counted for throttling, one row per kind (a password login for an account, or from a network address; a
-- sign-in link asked for an address, or from a network address; a sign-up) and subject (a lower-cased email address
-- or a network address). A row is taken and updated by one INSERT ... ON CONFLICT DO UPDATE ... WHERE, so every node
-- counts the same attempts and parallel attempts cannot pass a limit together.
create table attempt_counts (
    kind     text not null,
    subject  text not null,
    count    integer not null,
    first_at timestamptz not null,
    last_at  timestamptz not null,
    primary key (kind, subject)
);
create index attempt_counts_stale on attempt_counts (kind, last_at);
create index attempt_counts_subject on attempt_counts (subject);

-- Replaced by attempt_counts: its count was read, then written after the password check, so parallel attempts raced.
drop table login_attempts;
