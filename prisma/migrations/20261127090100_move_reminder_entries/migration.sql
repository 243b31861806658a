-- Reminders used to be recorded as CONFIRMED entries with {"reminder": true} in details.
UPDATE "AuditEntry"
SET "action" = 'REMINDER_SENT', "details" = NULLIF("details" - 'reminder', '{}'::jsonb)
WHERE "action" = 'CONFIRMED' AND "details" @> '{"reminder": true}'::jsonb;
