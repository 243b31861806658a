import { monthlyNth, weekly } from "./demo-schedule";
import type { DemoGroup } from "./demo-types";

/**
 * Listings that must never appear on public pages, in search, feeds or the API. Each slug
 * starts with "unpublished-" and each name carries a word found nowhere else in the demo data,
 * so a test can search for it and expect nothing back.
 */
export const unpublishedDemoGroups: DemoGroup[] = [
  {
    slug: "unpublished-pending-moonflower-feeding-circle", status: "PENDING", area: "austin", organiser: "rosa", confirmedDaysAgo: 3,
    name: "Moonflower Feeding Circle",
    summary: "A new evening feeding support circle in South Austin, waiting for review.",
    description: "An evening drop-in for breastfeeding, pumping and bottle-feeding parents in South Austin. Peer counselors will be on hand with tea and a baby scale.",
    format: "IN_PERSON", venueType: "COMMUNITY_CENTRE", audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["en"], timeZone: "America/Chicago",
    location: { venueName: "Bluestem Community Center", addressLine1: "2210 Primrose Lane", locality: "Austin", region: "TX", postalCode: "78704", countryCode: "US", lat: 30.2455, lng: -97.7705 },
    meetings: [weekly("TU", "18:30", 90, { startedDaysAgo: 10 })],
  },
  {
    slug: "unpublished-archived-old-mill-summer-picnic", status: "ARCHIVED", area: "austin", organiser: "rosa", confirmedDaysAgo: 150,
    name: "Old Mill Parents' Summer Picnic",
    summary: "A summer picnic series for new parents that has finished for the year.",
    description: "Picnic blankets, shade and snacks for new parents and babies on summer Sunday mornings. The series has ended for the year.",
    format: "IN_PERSON", venueType: "OTHER", audiences: ["ALL_NEW_PARENTS", "FAMILIES"], languages: ["en"], timeZone: "America/Chicago",
    location: { venueName: "Old Mill Green, picnic lawn", addressLine1: "900 Mesquite Drive", locality: "Austin", region: "TX", postalCode: "78704", countryCode: "US", lat: 30.2508, lng: -97.7745 },
    meetings: [weekly("SU", "09:00", 90, { startedDaysAgo: 240, endsInDays: -120 })],
  },
  {
    slug: "unpublished-pending-hawthorn-lane-baby-massage", status: "PENDING", area: "leeds", organiser: "hannah", confirmedDaysAgo: 5,
    name: "Hawthorn Lane Baby Massage",
    summary: "Gentle baby massage for parents and babies under six months, waiting for review.",
    description: "A calm five-week course of baby massage for parents and babies under six months. Oils are provided, and there's time for a chat afterwards.",
    format: "IN_PERSON", venueType: "COMMUNITY_CENTRE", audiences: ["ALL_NEW_PARENTS"], languages: ["en"], timeZone: "Europe/London",
    isFree: false, costNote: "£25 for the five-week course", registrationRequired: true, registrationUrl: "https://example.org/register/hawthorn-lane-massage",
    location: { venueName: "Hawthorn Lane Family Centre", addressLine1: "14 Hawthorn Lane", locality: "Leeds", region: "West Yorkshire", postalCode: "LS6 2TN", countryCode: "GB", lat: 53.8172, lng: -1.5731 },
    meetings: [weekly("WE", "13:30", 60, { startedDaysAgo: 7 })],
  },
  {
    slug: "unpublished-rejected-sunbeam-sleep-masterclass", status: "REJECTED", area: "leeds", organiser: "hannah", confirmedDaysAgo: 20,
    name: "Sunbeam Sleep Masterclass",
    summary: "A paid sleep-training sales presentation (rejected: not a support group).",
    description: "Learn the one method that guarantees your baby sleeps through the night in three days. Buy the full programme at a special price on the evening.",
    format: "IN_PERSON", venueType: "OTHER", audiences: ["ALL_NEW_PARENTS"], languages: ["en"], timeZone: "Europe/London",
    isFree: false, costNote: "£45 per family",
    location: { venueName: "Sunbeam Sleep Studio", addressLine1: "88 Kirkwood Road", locality: "Leeds", region: "West Yorkshire", postalCode: "LS8 5RB", countryCode: "GB", lat: 53.8262, lng: -1.5128 },
    meetings: [monthlyNth(1, "MO", "19:00", 120, { startedDaysAgo: 25 })],
  },
  {
    slug: "unpublished-changes-requested-quillwort-online-feeding-qa", status: "CHANGES_REQUESTED", area: "online", organiser: "priya", confirmedDaysAgo: 1,
    moderatorMessage: "Please add who answers the questions and how parents join before this goes live.",
    name: "Quillwort Online Feeding Q&A",
    summary: "A monthly online feeding question-and-answer session, sent back to its organiser for changes.",
    description: "A monthly online session for feeding questions, answered by a lactation consultant. Details still being finalised.",
    format: "ONLINE", audiences: ["MOTHERS_BIRTHING_PARENTS"], languages: ["en"], timeZone: "America/New_York",
    onlineJoinUrl: "https://meet.example.org/quillwort-feeding", showJoinLink: true,
    meetings: [monthlyNth(2, "TH", "12:00", 60, { startedDaysAgo: 0 })],
  },
];

/** Words that only unpublished demo listings contain: a public search for any must find nothing. */
export const unpublishedMarkerWords = ["moonflower", "old mill", "hawthorn", "sunbeam", "quillwort"];
