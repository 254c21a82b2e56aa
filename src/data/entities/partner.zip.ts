// The evidence and article lists of each partner: members `<code>.json` (the newest),
// `<code>-more.json` and `<code>-more-articles.json` (the rest); pages name them
// `data/entities/partner/<member>` (see ENTITY_KINDS in loaders/site/shape.ts). One archive per
// kind, each with a loader of its own (not a parameterized one: Framework looks a parameterized
// name up with a directory search, for every file a page names, on every page).
import {siteOutput} from "../../../loaders/site/output.js";

process.stdout.write(await siteOutput("entities/partner.zip"));
