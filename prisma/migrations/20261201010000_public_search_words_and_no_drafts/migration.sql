-- Nothing ever made a DRAFT listing (a new one starts as PENDING), so the status goes. Any left
-- from old demo data wait for review like every other listing nobody has seen yet.
UPDATE "Group" SET "status" = 'PENDING' WHERE "status" = 'DRAFT';

-- AlterEnum
CREATE TYPE "ListingStatus_new" AS ENUM ('PENDING', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED');
ALTER TABLE "Group" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Group" ALTER COLUMN "status" TYPE "ListingStatus_new" USING ("status"::text::"ListingStatus_new");
ALTER TYPE "ListingStatus" RENAME TO "ListingStatus_old";
ALTER TYPE "ListingStatus_new" RENAME TO "ListingStatus";
DROP TYPE "ListingStatus_old";
ALTER TABLE "Group" ALTER COLUMN "status" SET DEFAULT 'PENDING';

-- Free-text search matches through the full-text index (Group_searchText_tsv_idx); no query
-- reads this trigram index, and every write of a listing paid for it.
DROP INDEX "Group_searchText_idx";

-- Spelling correction used to learn from every listing, pending and rejected ones included,
-- and never forgot a word, so "did you mean" could reveal text nobody may see. Now only
-- published listings feed it, and each word keeps the latest confirmation among the published
-- listings using it: search offers a word only while that is within the cut-off of the public
-- rule (lib/listings/lifecycle.ts), so a word whose listings all went stale is skipped too.
DROP TRIGGER "Group_collect_search_words" ON "Group";
DROP FUNCTION "collect_group_search_words"();
DELETE FROM "SearchWord";

-- AlterTable
ALTER TABLE "SearchWord" ADD COLUMN     "latestConfirmedAt" TIMESTAMP(3) NOT NULL;

-- The words of a listing's text that search corrects towards.
CREATE FUNCTION "search_words_of"(search_text TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', search_text))) AS w WHERE length(w) BETWEEN 3 AND 40
$$;

-- When the most recently confirmed published listing using `word` was confirmed; NULL if none does.
CREATE FUNCTION "latest_confirmation_of"(word TEXT) RETURNS TIMESTAMP(3) LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    -- A common word is in one of the newest listings: a few rows of the confirmation index.
    (SELECT max(recent.confirmed) FROM (
       SELECT p."lastConfirmedAt" AS confirmed, p."searchText" FROM "Group" p
       WHERE p."status" = 'PUBLISHED' ORDER BY p."lastConfirmedAt" DESC LIMIT 50
     ) recent WHERE to_tsvector('simple', recent."searchText") @@ quote_literal(word)::tsquery),
    -- A rarer one is in few listings: all of them, through the full-text index. (OFFSET 0 keeps
    -- the planner from walking the confirmation index instead, testing every listing's text.)
    (SELECT max(matching.confirmed) FROM (
       SELECT p."lastConfirmedAt" AS confirmed FROM "Group" p
       WHERE p."status" = 'PUBLISHED' AND to_tsvector('simple', p."searchText") @@ quote_literal(word)::tsquery
       OFFSET 0
     ) matching)
  )
$$;

-- Every word of every published listing with its latest confirmation: what "SearchWord" holds.
CREATE FUNCTION "rebuild_search_words"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "SearchWord";
  INSERT INTO "SearchWord" ("word", "latestConfirmedAt")
  SELECT w, max(g."lastConfirmedAt") FROM "Group" g, "search_words_of"(g."searchText") AS w
  WHERE g."status" = 'PUBLISHED'
  GROUP BY w;
$$;

-- Brings "SearchWord" up to date after published text went away (`gone_*`) and came in
-- (`added_*`): each array pair is the searchText and lastConfirmedAt of published rows.
CREATE FUNCTION "sync_search_words"(gone_texts TEXT[], gone_confirmed TIMESTAMP(3)[], added_texts TEXT[], added_confirmed TIMESTAMP(3)[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  held TEXT[];
BEGIN
  INSERT INTO "SearchWord" ("word", "latestConfirmedAt")
  SELECT w, max(a.confirmed)
  FROM unnest(added_texts, added_confirmed) AS a(text, confirmed), "search_words_of"(a.text) AS w
  GROUP BY w
  ON CONFLICT ("word") DO UPDATE SET "latestConfirmedAt" = EXCLUDED."latestConfirmedAt"
  WHERE "SearchWord"."latestConfirmedAt" < EXCLUDED."latestConfirmedAt";

  -- Words whose latest confirmation may have come from a row that left.
  WITH gone AS (
    SELECT w AS word, max(g.confirmed) AS confirmed
    FROM unnest(gone_texts, gone_confirmed) AS g(text, confirmed), "search_words_of"(g.text) AS w
    GROUP BY w
  ), added AS (
    SELECT w AS word, max(a.confirmed) AS confirmed
    FROM unnest(added_texts, added_confirmed) AS a(text, confirmed), "search_words_of"(a.text) AS w
    GROUP BY w
  )
  SELECT array_agg(s."word") INTO held FROM "SearchWord" s
  JOIN gone ON gone.word = s."word"
  LEFT JOIN added ON added.word = s."word"
  WHERE s."latestConfirmedAt" <= gone.confirmed AND (added.confirmed IS NULL OR added.confirmed < s."latestConfirmedAt");

  IF held IS NULL THEN
    RETURN;
  ELSIF cardinality(held) > 500 THEN
    -- A bulk change (a data load, a clean-up): one pass over all listings beats a look-up per word.
    PERFORM "rebuild_search_words"();
  ELSE
    -- Each such word is worked out again from the published listings now in the table; one
    -- that none uses any more is dropped.
    WITH latest AS (
      SELECT h.word, "latest_confirmation_of"(h.word) AS confirmed FROM unnest(held) AS h(word)
    ), dropped AS (
      DELETE FROM "SearchWord" s USING latest WHERE s."word" = latest.word AND latest.confirmed IS NULL
    )
    UPDATE "SearchWord" s SET "latestConfirmedAt" = latest.confirmed
    FROM latest WHERE s."word" = latest.word AND latest.confirmed IS NOT NULL;
  END IF;
END
$$;

-- One call per statement, whoever writes "Group" (app, seed or SQL): a bulk insert of
-- thousands of listings updates each word once. Listing ids never change, so an update is
-- matched to its old row by id; only rows whose text, status or confirmation changed count.
CREATE FUNCTION "search_words_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "sync_search_words"(NULL, NULL,
    array_agg(n."searchText") FILTER (WHERE n."status" = 'PUBLISHED'),
    array_agg(n."lastConfirmedAt") FILTER (WHERE n."status" = 'PUBLISHED'))
  FROM new_rows n;
  RETURN NULL;
END
$$;

CREATE FUNCTION "search_words_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "sync_search_words"(
    array_agg(o."searchText") FILTER (WHERE o."status" = 'PUBLISHED'),
    array_agg(o."lastConfirmedAt") FILTER (WHERE o."status" = 'PUBLISHED'),
    array_agg(n."searchText") FILTER (WHERE n."status" = 'PUBLISHED'),
    array_agg(n."lastConfirmedAt") FILTER (WHERE n."status" = 'PUBLISHED'))
  FROM old_rows o JOIN new_rows n ON n."id" = o."id"
  WHERE (o."status", o."searchText", o."lastConfirmedAt") IS DISTINCT FROM (n."status", n."searchText", n."lastConfirmedAt");
  RETURN NULL;
END
$$;

CREATE FUNCTION "search_words_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "sync_search_words"(
    array_agg(o."searchText") FILTER (WHERE o."status" = 'PUBLISHED'),
    array_agg(o."lastConfirmedAt") FILTER (WHERE o."status" = 'PUBLISHED'),
    NULL, NULL)
  FROM old_rows o;
  RETURN NULL;
END
$$;

CREATE FUNCTION "search_words_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchWord";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Group_search_words_insert" AFTER INSERT ON "Group"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_words_after_insert"();

CREATE TRIGGER "Group_search_words_update" AFTER UPDATE ON "Group"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_words_after_update"();

CREATE TRIGGER "Group_search_words_delete" AFTER DELETE ON "Group"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_words_after_delete"();

CREATE TRIGGER "Group_search_words_truncate" AFTER TRUNCATE ON "Group"
FOR EACH STATEMENT EXECUTE FUNCTION "search_words_after_truncate"();

SELECT "rebuild_search_words"();

-- Changing the column's type dropped the statistics the planner reads for "Group".
ANALYZE "Group";
