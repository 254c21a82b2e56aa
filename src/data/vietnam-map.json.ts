// Vietnam's 63 provinces, the 34 units in force since 1 July 2025, and the Hoàng Sa and Trường Sa
// archipelagos (objects provinces63, units34, islands; ISO 3166-2:VN ids). See data/maps/PROVENANCE.md.
import {readFileSync} from "node:fs";

process.stdout.write(readFileSync(new URL("../../data/maps/vietnam.json", import.meta.url), "utf8"));
