-- Every listing gets a UUID for open data (HSDS requires UUID ids); existing rows get one each.
ALTER TABLE "Group" ADD COLUMN "openDataId" UUID NOT NULL DEFAULT gen_random_uuid();

CREATE UNIQUE INDEX "Group_openDataId_key" ON "Group"("openDataId");
