-- E-mails carry an English alternative part (issue 9): kept beside the Japanese body; null for mails queued before.
alter table mail_outbox add column body_en text;
