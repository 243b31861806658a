-- DropIndex
DROP INDEX "Place_altNameKey_idx";

-- AlterTable
ALTER TABLE "Place" DROP COLUMN "altNameKey",
ADD COLUMN     "timeZone" TEXT;

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateTable
CREATE TABLE "PlaceAlias" (
    "nameKey" TEXT NOT NULL,
    "placeId" INTEGER NOT NULL,

    CONSTRAINT "PlaceAlias_pkey" PRIMARY KEY ("nameKey","placeId")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PlaceAlias_placeId_idx" ON "PlaceAlias"("placeId");

-- AddForeignKey
ALTER TABLE "PlaceAlias" ADD CONSTRAINT "PlaceAlias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search over group text. Prisma cannot express expression indexes or
-- triggers, so they live here only.
CREATE INDEX "Group_searchText_tsv_idx" ON "Group" USING gin (to_tsvector('simple', "searchText"));

-- Keep "SearchWord" in step with group text, whoever writes it (app, seed or SQL).
CREATE FUNCTION "collect_group_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', NEW."searchText"))) AS w
  WHERE length(w) BETWEEN 3 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Group_collect_search_words"
AFTER INSERT OR UPDATE OF "searchText" ON "Group"
FOR EACH ROW EXECUTE FUNCTION "collect_group_search_words"();

INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "Group", unnest(tsvector_to_array(to_tsvector('simple', "searchText"))) AS w
WHERE length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;
