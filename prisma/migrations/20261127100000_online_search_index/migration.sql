-- Online groups have no distance to narrow them: a search reads every one to count and
-- order them. With name, id and lastConfirmedAt in the index that is an index-only scan.
DROP INDEX "Group_status_format_idx";

CREATE INDEX "Group_status_format_name_id_lastConfirmedAt_idx" ON "Group"("status", "format", "name", "id", "lastConfirmedAt");
