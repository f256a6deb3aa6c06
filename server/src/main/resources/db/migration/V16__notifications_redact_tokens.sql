-- The secret tokens of a mail's links (sign-in, claim, invitation, address confirmation) are kept beside it until the
-- SMTP server accepts it; the outbox then stores the mail with "[removed after sending]" in their place. Mails queued
-- before this had no such list: the links Laurel mails are /claim/TOKEN, /invitations/TOKEN and ...?token=TOKEN, with
-- TOKEN 43 base64url characters, so this file finds them by that shape, once.
alter table mail_outbox add column if not exists tokens text[];

-- Already sent by SMTP: drop the tokens from subject and bodies, and the variables of a mail queued in bulk (its
-- bodies were stored when it was sent).
update mail_outbox
set subject   = regexp_replace(subject, '(/claim/|/invitations/|token=)[A-Za-z0-9_-]{43}',
                               '\1[removed after sending]', 'g'),
    text_body = regexp_replace(text_body, '(/claim/|/invitations/|token=)[A-Za-z0-9_-]{43}',
                               '\1[removed after sending]', 'g'),
    html_body = regexp_replace(html_body, '(/claim/|/invitations/|token=)[A-Za-z0-9_-]{43}',
                               '\1[removed after sending]', 'g'),
    variables = null,
    tokens    = null
where sent_at is not null and delivered_via = 'smtp';

-- Delivered to the development outbox page only (no SMTP server): kept, that page is where they are read.

-- Not sent yet: list their tokens, for their delivery to remove.
update mail_outbox
set tokens = array(select distinct found[1]
                   from regexp_matches(concat_ws(' ', subject, text_body, html_body, variables::text),
                                       '(?:/claim/|/invitations/|token=)([A-Za-z0-9_-]{43})', 'g') as found)
where sent_at is null and tokens is null;
