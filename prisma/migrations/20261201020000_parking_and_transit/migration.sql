-- Organisers describe parking and public transport to the venue.
ALTER TABLE "Group" ADD COLUMN "parkingAndTransit" TEXT;
