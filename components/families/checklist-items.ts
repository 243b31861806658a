/** Ways to help in the first weeks, for the printable checklist on /families. */
export const helpChecklist = [
  {
    id: "food-home",
    heading: "Food and the home",
    items: [
      "Bring a meal that can be eaten with one hand, or have groceries delivered",
      "Keep water and snacks within reach of wherever she feeds the baby",
      "Wash up, wipe the kitchen and take out the bins",
      "Do a load of washing, then fold it and put it away",
      "Look after older children, pets or plants for an afternoon",
    ],
  },
  {
    id: "rest",
    heading: "Rest and time to herself",
    items: [
      "Hold or walk the baby so she can sleep, shower or eat",
      "Take a night feed, or bring the baby to her, change the nappy or diaper and settle the baby after",
      "Keep visits short, and ask before coming round",
      "Answer the messages and the family chat for her",
    ],
  },
  {
    id: "support",
    heading: "Getting to support",
    items: [
      "Find a support group together, near you or online, and put the date in the calendar",
      "Drive her there, go with her, or look after the baby while she goes",
      "Help with appointments: check-ups, feeding support, her own recovery",
    ],
  },
  {
    id: "wellbeing",
    heading: "How she is really doing",
    items: [
      "Ask “How are you feeling, really?” and listen without trying to fix it",
      "Tell her what she is doing well",
      "Notice if low mood, worry or not sleeping lasts more than two weeks, and help her talk to her doctor, midwife or health visitor",
    ],
  },
  {
    id: "yourself",
    heading: "You matter too",
    items: [
      "Eat, rest and get outside: partners and family get tired too",
      "Talk to someone if you are struggling: partners can have postpartum depression as well",
    ],
  },
] as const;
