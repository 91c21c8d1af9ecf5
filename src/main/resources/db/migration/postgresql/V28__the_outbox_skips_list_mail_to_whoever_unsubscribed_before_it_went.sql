-- A list mail still waiting when its subscriber unsubscribes is not sent but marked skipped.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('queued', 'sent', 'failed', 'skipped'));
