-- "Still running?" reminders get an audit action of their own instead of a flagged CONFIRMED.
-- A new enum value can't be used in the transaction that adds it: existing entries move in the next migration.
ALTER TYPE "AuditAction" ADD VALUE 'REMINDER_SENT';
