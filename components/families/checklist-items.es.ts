import type { helpChecklist } from "./checklist-items";

/** One group of the checklist: the same ids as the English list, so both print the same sections. */
type HelpChecklistGroup = {
  readonly id: (typeof helpChecklist)[number]["id"];
  readonly heading: string;
  readonly items: readonly string[];
};

/** Ways to help in the first weeks, for the printable checklist on /es/families. Adapted, not translated word for word. */
export const helpChecklistEs = [
  {
    id: "food-home",
    heading: "Comida y casa",
    items: [
      "Lleva una comida que se pueda comer con una mano, o envía las compras a domicilio",
      "Deja agua y algo de comer al alcance de donde ella alimenta al bebé",
      "Lava los platos, limpia la cocina y saca la basura",
      "Pon una carga de ropa a lavar, luego dóblala y guárdala",
      "Cuida una tarde a los hermanitos, las mascotas o las plantas",
    ],
  },
  {
    id: "rest",
    heading: "Descanso y tiempo para ella",
    items: [
      "Carga o pasea al bebé para que ella duerma, se bañe o coma tranquila",
      "Encárgate de una toma de la noche, o llévale al bebé, cámbiale el pañal y arrúllalo después",
      "Pregunta antes de visitar, y que las visitas sean cortas",
      "Respeta cómo quiere recuperarse, con cuarentena tradicional o sin ella",
      "Contesta por ella los mensajes y el chat de la familia",
    ],
  },
  {
    id: "support",
    heading: "Llegar al apoyo",
    items: [
      "Busquen juntos un grupo de apoyo, cerca o en línea (hay grupos en español), y anoten la fecha",
      "Llévala, acompáñala o quédate con el bebé mientras ella va",
      "Ayuda con las citas: los controles, el apoyo con la lactancia y su propia recuperación",
    ],
  },
  {
    id: "wellbeing",
    heading: "Cómo está ella de verdad",
    items: [
      "Pregúntale «¿Cómo te sientes, de verdad?» y escucha sin querer resolverlo todo",
      "Dile lo que está haciendo bien",
      "Fíjate si la tristeza, la angustia o la falta de sueño duran más de dos semanas, y ayúdala a hablar con su médico o su partera",
    ],
  },
  {
    id: "yourself",
    heading: "Tú también importas",
    items: [
      "Come, descansa y sal a tomar aire: la pareja y la familia también se cansan",
      "Habla con alguien si la estás pasando mal: las parejas también pueden tener depresión posparto",
    ],
  },
] as const satisfies readonly HelpChecklistGroup[];
