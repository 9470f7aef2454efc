-- Extra headers of an email (List-Unsubscribe and the like), one "Name: value" per line; null when none.
-- OutgoingEmail allows only a few names and refuses line breaks in values, so a line is always one header.
alter table shared.outbox_email add column headers text;
