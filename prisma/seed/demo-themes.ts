import type { Audience, VenueType } from "@/lib/db/generated/client";

export type TimeOfDay = "morning" | "afternoon" | "evening" | "weekend";

/**
 * What a kind of group is about, and the words to describe it. Placeholders: {area}
 * (neighbourhood), {city}, {mums}/{Mums}, {pram}/{pram_lc}. Names put {area} or {city} at the start
 * or the end, so online listings can drop it.
 */
export type Theme = {
  key: string;
  weight: number;
  audiences: Audience[];
  venues: VenueType[];
  times: TimeOfDay[];
  names: string[];
  summaries: string[];
  sentences: string[];
  paidChance?: number;
  registrationChance?: number;
  childcareChance?: number;
  babiesWelcome?: boolean;
  monthly?: boolean;
  online?: boolean;
};

export const themes: Theme[] = [
  {
    key: "coffee", weight: 14, audiences: ["ALL_NEW_PARENTS"], venues: ["COMMUNITY_CENTRE", "LIBRARY", "OTHER", "PLACE_OF_WORSHIP"], times: ["morning"], online: true,
    names: ["{area} New Parents' Coffee Morning", "{area} Baby & Me Coffee Club", "Cuppa and Cuddles, {area}", "Newborn Natter {area}"],
    summaries: ["A relaxed coffee morning for anyone with a new baby.", "Drop in for a warm drink and a chat with other new parents.", "An easy, no-pressure way to meet other parents nearby."],
    sentences: [
      "Bring your baby, grab a coffee and meet other parents who are in the thick of the early weeks.",
      "Some weeks we talk about sleep and feeding, some weeks about nothing much at all, and both are fine.",
      "It's a gentle reason to get out of the house when the days feel long.",
      "First-time and experienced parents both come along; nobody is expected to have it all figured out.",
    ],
  },
  {
    key: "feeding", weight: 12, audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "HOSPITAL", "COMMUNITY_CENTRE", "LIBRARY"], times: ["morning", "afternoon"], online: true, registrationChance: 0.1,
    names: ["{area} Breastfeeding Café", "Feeding Friends {area}", "{area} Infant Feeding Drop-in", "Breastfeeding & Chestfeeding Circle, {area}"],
    summaries: ["Friendly help with breastfeeding, chestfeeding, pumping and combination feeding.", "Drop in with feeding questions, big or small, and meet other feeding parents."],
    sentences: [
      "A trained peer supporter is on hand to help with latching, pumping and combination feeding.",
      "However you feed your baby, you're welcome here, bottles and formula included.",
      "You can weigh your baby on our scales and talk through anything that's worrying you.",
      "Come in the first days or months in; feeding questions change as babies grow.",
    ],
  },
  {
    key: "sleep", weight: 7, audiences: ["ALL_NEW_PARENTS"], venues: ["LIBRARY", "COMMUNITY_CENTRE", "CLINIC"], times: ["morning", "evening"], online: true,
    names: ["Sleep & Settling Chat, {area}", "{area} Sleep and Settling Circle", "Tired Parents' Tea, {area}"],
    summaries: ["Swap ideas about baby sleep and settling with parents who get it.", "A kind space to talk about sleep, night waking and exhaustion."],
    sentences: [
      "We share what's helping with naps, night waking and settling, without any strict sleep-training rules.",
      "A nurse with a special interest in infant sleep joins once a month to answer questions.",
      "If you're running on very little sleep, you'll find plenty of company here.",
    ],
  },
  {
    key: "walk", weight: 8, audiences: ["ALL_NEW_PARENTS"], venues: ["OTHER"], times: ["morning", "weekend"],
    names: ["{area} {pram} Walk", "{pram} Walk & Talk, {area}", "Fresh Air {pram} Club {area}"],
    summaries: ["A gentle walk with babies in {pram_lc}s and carriers, then a warm drink.", "Fresh air and company: a slow walk at the pace of the slowest {pram_lc}."],
    sentences: [
      "We walk a flat loop of about three kilometres, then stop for coffee.",
      "Slings, carriers and every kind of {pram_lc} are welcome, and we go at the pace of the slowest.",
      "Walks go ahead in light rain; we'll post here if the weather is really wild.",
      "It's an easy way to move your body again after birth, with no pressure to keep up.",
    ],
  },
  {
    key: "dads", weight: 7, audiences: ["PARTNERS_DADS"], venues: ["OTHER", "COMMUNITY_CENTRE", "LIBRARY"], times: ["weekend", "evening"], online: true,
    names: ["{area} Dads' Coffee Club", "Dads & Babies Saturday Morning, {area}", "New Dads' Meet-up, {area}", "Partners' Night {area}"],
    summaries: ["A relaxed meet-up for dads, partners and non-birthing parents.", "Coffee and company for dads and partners, babies very welcome."],
    sentences: [
      "Dads and non-birthing partners often tell us they didn't know where to go for support; this is that place.",
      "Bring the baby along and give the birthing parent a lie-in.",
      "Conversations range from midnight blowouts to going back to work and how we're really feeling.",
      "No experts, just other dads and partners who have been there recently.",
    ],
  },
  {
    key: "nicu", weight: 4, audiences: ["NICU_FAMILIES"], venues: ["HOSPITAL", "CLINIC"], times: ["morning", "evening"], online: true, registrationChance: 0.3, monthly: true,
    names: ["{city} NICU Graduates' Circle", "{city} Neonatal Families Group", "Little Fighters: NICU Parents' Coffee, {area}"],
    summaries: ["Support for parents whose babies spent time in neonatal intensive care.", "For families with a baby in the NICU now, or home after a NICU stay."],
    sentences: [
      "Whether your baby came home last week or last year, you'll meet parents who understand the NICU rollercoaster.",
      "A neonatal nurse joins most sessions to answer questions about coming home, feeding and follow-up appointments.",
      "Parents whose babies are still on the unit are welcome to pop down for half an hour.",
    ],
  },
  {
    key: "loss", weight: 3, audiences: ["PREGNANCY_INFANT_LOSS"], venues: ["PLACE_OF_WORSHIP", "HOSPITAL", "COMMUNITY_CENTRE", "CLINIC"], times: ["evening"], online: true, babiesWelcome: false, monthly: true,
    names: ["Gentle Hearts: Pregnancy and Infant Loss Support, {city}", "{city} Baby Loss Circle", "After Loss Parents' Evening, {area}"],
    summaries: ["A quiet, caring space for parents after miscarriage, stillbirth or the death of a baby.", "Peer support for anyone affected by pregnancy or infant loss, however long ago."],
    sentences: [
      "You don't have to speak; many people come and simply listen the first time.",
      "Partners, grandparents and parents who are pregnant again after loss are welcome.",
      "Out of care for everyone in the room, this group is for adults only.",
    ],
  },
  {
    key: "multiples", weight: 3, audiences: ["MULTIPLES"], venues: ["COMMUNITY_CENTRE", "LIBRARY", "PLACE_OF_WORSHIP"], times: ["morning"], online: true,
    names: ["{city} Twins & Multiples Meet-up", "Double Up: Twins and Triplets Group, {area}", "Twins Club {area}"],
    summaries: ["Meet other families raising twins, triplets or more."],
    sentences: [
      "There's plenty of room for double {pram_lc}s and someone always has a spare pair of hands.",
      "We swap tips on feeding two at once, sleep schedules and getting out of the house with twins.",
      "Expecting twins? You're welcome to come along before the birth too.",
    ],
  },
  {
    key: "mood", weight: 7, audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "HOSPITAL", "COMMUNITY_CENTRE", "LIBRARY"], times: ["morning", "evening"], online: true,
    names: ["{area} Postpartum Wellbeing Circle", "Not Quite Myself: Postnatal Mood Support, {area}", "Perinatal Mental Health Peer Group, {area}"],
    summaries: ["Peer support for parents feeling low, anxious or overwhelmed after birth.", "A safe, confidential space to talk about postpartum depression and anxiety."],
    sentences: [
      "If you're feeling low, anxious, or just not like yourself since the baby arrived, you are not alone and it is not your fault.",
      "Sessions are led by a trained facilitator who has lived through postpartum depression herself.",
      "What's shared in the group stays in the group.",
      "We can also point you towards professional help if and when you'd like it.",
    ],
  },
  {
    key: "yoga", weight: 5, audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["OTHER", "COMMUNITY_CENTRE"], times: ["morning"], online: true, paidChance: 0.85, registrationChance: 0.6,
    names: ["{Mums} & Baby Yoga, {area}", "Postnatal Yoga and Chat, {area}", "Gentle Postpartum Yoga with Baby, {area}"],
    summaries: ["Gentle postnatal yoga with your baby beside you on the mat.", "Slow, kind movement for recovering bodies, followed by tea and a chat."],
    sentences: [
      "Classes focus on breathing, the pelvic floor and gentle stretches for tired shoulders.",
      "Babies lie beside you on the mat; feeding, changing and cuddling mid-class are all normal here.",
      "Please wait until you've had your six-week check, and bring a blanket for your baby.",
    ],
  },
  {
    key: "lgbtq", weight: 3, audiences: ["LGBTQ_PARENTS", "FAMILIES"], venues: ["LIBRARY", "COMMUNITY_CENTRE"], times: ["weekend", "afternoon"], online: true,
    names: ["{city} Rainbow Families Baby Group", "{city} LGBTQ+ Parents' Playgroup", "Queer Parents & Babies Meet-up, {area}"],
    summaries: ["A welcoming baby group for LGBTQ+ parents and their little ones."],
    sentences: [
      "Two mums, two dads, solo parents, trans and non-binary parents, co-parents: all families are welcome.",
      "We meet for play, snacks and conversations that don't assume who's who in your family.",
      "Families who are expecting or adopting are welcome too.",
    ],
  },
  {
    key: "young", weight: 3, audiences: ["YOUNG_PARENTS"], venues: ["COMMUNITY_CENTRE", "CLINIC", "LIBRARY"], times: ["afternoon"], online: true, childcareChance: 0.6,
    names: ["Young Parents' Drop-in {area}", "{area} Young {Mums} & Dads Group", "Under-25s Parents' Club, {area}"],
    summaries: ["A friendly drop-in for parents aged 25 and under."],
    sentences: [
      "Free snacks, baby supplies to take home and a youth worker on hand if you want to talk about housing, college or money.",
      "No judgement and no lectures, just other young parents.",
      "Bring your baby, and a friend if you like.",
    ],
  },
  {
    key: "families", weight: 6, audiences: ["FAMILIES", "ALL_NEW_PARENTS"], venues: ["LIBRARY", "COMMUNITY_CENTRE", "PLACE_OF_WORSHIP"], times: ["morning", "afternoon"],
    names: ["{area} Baby & Toddler Stay and Play", "Little Ones' Rhyme Time and Chat, {area}", "{area} Family Playgroup"],
    summaries: ["Songs, play and a cup of tea for parents, carers and babies up to two."],
    sentences: [
      "We start with twenty minutes of songs and rhymes, then the toys come out and the grown-ups get to talk.",
      "Older siblings, grandparents and carers are all welcome.",
      "A good first outing with a new baby: everyone here remembers their first visit.",
    ],
  },
  {
    key: "birth-stories", weight: 2, audiences: ["MOTHERS_BIRTHING_PARENTS"], venues: ["CLINIC", "COMMUNITY_CENTRE", "LIBRARY"], times: ["evening", "morning"], online: true, registrationChance: 0.5, monthly: true,
    names: ["{city} Birth Stories Circle", "{area} Birth Reflections Group"],
    summaries: ["A space to talk through your birth experience, whatever it was like."],
    sentences: [
      "Some births go to plan and many don't; here you can talk about yours without being told to just be grateful.",
      "A retired midwife facilitates and can help you make sense of what happened.",
      "Sessions are small, so everyone has time to speak.",
    ],
  },
  {
    key: "work", weight: 2, audiences: ["ALL_NEW_PARENTS"], venues: ["LIBRARY", "COMMUNITY_CENTRE"], times: ["evening"], online: true, monthly: true,
    names: ["Back to Work Parents' Evening, {area}", "{city} Returning to Work Circle"],
    summaries: ["For parents planning, or in the middle of, the return to work after leave."],
    sentences: [
      "We talk through childcare, pumping at work, flexible hours and the guilt nobody warns you about.",
      "Evening sessions, so you can come after the day is done.",
      "Babies in arms are welcome.",
    ],
  },
];
