// The evidence and article lists of every partner, in buckets by a hash of the code
// (src/components/entityBucket.ts): members `<bucket>.json` (each partner's newest, by code) and
// `<bucket>-more.json` (the rest); pages name them `data/entities/partner/<member>`
// (src/components/partnerFiles.ts). One archive per kind, each with a loader of its own (not a
// parameterized one: Framework looks a parameterized name up with a directory search, for every
// file a page names, on every page).
import {siteOutput} from "../../../loaders/site/output.js";

process.stdout.write(await siteOutput("entities/partner.zip"));
