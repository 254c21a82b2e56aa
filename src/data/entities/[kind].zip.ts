// The evidence and article lists of each partner (`--kind partner`: members `<code>.json`, the
// newest, `<code>-more.json` and `<code>-more-articles.json`, the rest) and of each Vietnamese side
// (`--kind province`); pages name them `data/entities/<kind>/<member>` (see ENTITY_KINDS in
// loaders/site/shape.ts). A parameterized loader: Framework runs it once per kind, and two
// archives make each member quicker to extract than one.
import {parseArgs} from "node:util";
import {siteOutput} from "../../../loaders/site/output.js";

const {values} = parseArgs({options: {kind: {type: "string"}}});
if (!/^[a-z]+$/.test(values.kind ?? "")) throw new Error(`unknown entity kind: ${values.kind}`);
process.stdout.write(await siteOutput(`entities/${values.kind}.zip`));
