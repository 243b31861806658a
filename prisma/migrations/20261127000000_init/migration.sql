-- Extensions: pg_trgm for typo-tolerant text search, cube + earthdistance for radius search.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "cube";
CREATE EXTENSION IF NOT EXISTS "earthdistance";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "GroupFormat" AS ENUM ('IN_PERSON', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "VenueType" AS ENUM ('HOSPITAL', 'LIBRARY', 'COMMUNITY_CENTRE', 'PLACE_OF_WORSHIP', 'CLINIC', 'OTHER');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('ALL_NEW_PARENTS', 'MOTHERS_BIRTHING_PARENTS', 'PARTNERS_DADS', 'FAMILIES', 'PREGNANCY_INFANT_LOSS', 'NICU_FAMILIES', 'MULTIPLES', 'LGBTQ_PARENTS', 'YOUNG_PARENTS');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY_NTH', 'MONTHLY_LAST');

-- CreateEnum
CREATE TYPE "Weekday" AS ENUM ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ORGANISER', 'MODERATOR');

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ListingStatus" NOT NULL DEFAULT 'PENDING',
    "format" "GroupFormat" NOT NULL,
    "venueType" "VenueType",
    "audiences" "Audience"[],
    "isFree" BOOLEAN NOT NULL DEFAULT true,
    "costNote" TEXT,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT false,
    "babiesWelcome" BOOLEAN NOT NULL DEFAULT true,
    "childcareProvided" BOOLEAN NOT NULL DEFAULT false,
    "wheelchairAccessible" BOOLEAN NOT NULL DEFAULT false,
    "accessibilityNotes" TEXT,
    "websiteUrl" TEXT,
    "registrationUrl" TEXT,
    "phone" TEXT,
    "contactEmail" TEXT,
    "onlineJoinUrl" TEXT,
    "showJoinLink" BOOLEAN NOT NULL DEFAULT false,
    "joinInstructions" TEXT,
    "timeZone" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "lastConfirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organiserId" TEXT,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Language" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Language_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "venueName" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "locality" TEXT NOT NULL,
    "region" TEXT,
    "postalCode" TEXT,
    "countryCode" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "label" TEXT,
    "frequency" "Frequency" NOT NULL,
    "weekday" "Weekday" NOT NULL,
    "nthWeek" INTEGER,
    "startMinutes" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingCancellation" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT,

    CONSTRAINT "MeetingCancellation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "altNameKey" TEXT,
    "countryCode" TEXT NOT NULL,
    "adminCode" TEXT,
    "population" INTEGER NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostalCode" (
    "countryCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "adminCode" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PostalCode_pkey" PRIMARY KEY ("countryCode","code")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'ORGANISER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "_GroupToLanguage" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_GroupToLanguage_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Group_slug_key" ON "Group"("slug");

-- CreateIndex
CREATE INDEX "Group_status_format_idx" ON "Group"("status", "format");

-- CreateIndex
CREATE INDEX "Group_audiences_idx" ON "Group" USING GIN ("audiences");

-- CreateIndex
CREATE INDEX "Group_searchText_idx" ON "Group" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Group_organiserId_idx" ON "Group"("organiserId");

-- CreateIndex
CREATE UNIQUE INDEX "Location_groupId_key" ON "Location"("groupId");

-- CreateIndex
CREATE INDEX "Meeting_groupId_idx" ON "Meeting"("groupId");

-- CreateIndex
CREATE INDEX "Meeting_weekday_startMinutes_idx" ON "Meeting"("weekday", "startMinutes");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingCancellation_meetingId_date_key" ON "MeetingCancellation"("meetingId", "date");

-- CreateIndex
CREATE INDEX "Place_nameKey_population_idx" ON "Place"("nameKey", "population" DESC);

-- CreateIndex
CREATE INDEX "Place_altNameKey_idx" ON "Place"("altNameKey");

-- CreateIndex
CREATE INDEX "Place_nameKey_idx" ON "Place" USING GIN ("nameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PostalCode_code_idx" ON "PostalCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "_GroupToLanguage_B_index" ON "_GroupToLanguage"("B");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCancellation" ADD CONSTRAINT "MeetingCancellation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToLanguage" ADD CONSTRAINT "_GroupToLanguage_A_fkey" FOREIGN KEY ("A") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToLanguage" ADD CONSTRAINT "_GroupToLanguage_B_fkey" FOREIGN KEY ("B") REFERENCES "Language"("code") ON DELETE CASCADE ON UPDATE CASCADE;


-- Radius search: earth_box(...) @> ll_to_earth(lat, lng) uses this index.
-- Prisma cannot express expression indexes, so it lives here only.
CREATE INDEX "Location_earth_idx" ON "Location" USING gist (ll_to_earth("lat", "lng"));
