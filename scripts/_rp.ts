import { getDb, closeDb } from "@/lib/db/client";
import { resolvePlace } from "@/lib/geo/resolve-place";
const db = await getDb();
for (const q of ["Austin", "78704", "Leeds", "M5V 2T6", "Zürich", "Zurich", "Portland", "Portland, ME", "London", "Austni", "LS6 2AB", "2000", "Sydney", "Toronto", "Manchester", "Dublin", "Auckland", "Xyzzyq"]) {
  const t = performance.now();
  const r = await resolvePlace(db, q);
  console.log(q, "→", (performance.now()-t).toFixed(1)+"ms", JSON.stringify(r.status === "found" ? [r.place.label, r.alternatives.map(a=>a.label)] : r));
}
await closeDb();
