-- Bulk import: uploaded files wait as checked rows for a moderator's go-ahead, and every
-- imported listing remembers its source and its id there, so importing again updates it.

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('CHECKING', 'READY', 'WRITING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('CSV', 'XLSX', 'HSDS', 'MEETING_GUIDE');

-- CreateEnum
CREATE TYPE "ImportRowOutcome" AS ENUM ('NEW', 'UPDATE', 'ERROR');

-- AlterEnum (PostgreSQL 12 and later add several values in one migration; none is used in it)
ALTER TYPE "AuditAction" ADD VALUE 'IMPORTED';
ALTER TYPE "AuditAction" ADD VALUE 'CLAIMED';

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "importSource" TEXT;

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'CHECKING',
    "format" "ImportFormat" NOT NULL,
    "fileName" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "newCount" INTEGER NOT NULL DEFAULT 0,
    "updateCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "notices" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatchRow" (
    "batchId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "externalId" TEXT,
    "name" TEXT,
    "outcome" "ImportRowOutcome" NOT NULL,
    "groupId" TEXT,
    "problems" JSONB,
    "values" JSONB,

    CONSTRAINT "ImportBatchRow_pkey" PRIMARY KEY ("batchId","index")
);

-- CreateIndex
CREATE INDEX "ImportBatch_createdAt_idx" ON "ImportBatch"("createdAt");

-- CreateIndex
CREATE INDEX "ImportBatch_expiresAt_idx" ON "ImportBatch"("expiresAt");

-- CreateIndex
CREATE INDEX "ImportBatchRow_batchId_outcome_index_idx" ON "ImportBatchRow"("batchId", "outcome", "index");

-- CreateIndex
CREATE UNIQUE INDEX "Group_importSource_externalId_key" ON "Group"("importSource", "externalId");

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatchRow" ADD CONSTRAINT "ImportBatchRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
