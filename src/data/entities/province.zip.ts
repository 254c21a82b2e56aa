// The evidence and article lists of every Vietnamese side (a province, or VN for the national
// level), in buckets by a hash of the code (src/components/entityBucket.ts): members
// `<bucket>.json` (each one's newest, by code) and `<bucket>-more.json` (the rest); pages name them
// `data/entities/province/<member>` (src/components/provinceFiles.ts). One archive per kind, each
// with a loader of its own (not a parameterized one: Framework looks a parameterized name up with
// a directory search, for every file a page names, on every page).
import {siteOutput} from "../../../loaders/site/output.js";

process.stdout.write(await siteOutput("entities/province.zip"));
