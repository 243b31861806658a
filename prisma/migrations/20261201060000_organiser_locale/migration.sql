-- The language the organiser uses the site in, so mails about a listing reach them in it.
ALTER TABLE "Group" ADD COLUMN "organiserLocale" TEXT NOT NULL DEFAULT 'en';
