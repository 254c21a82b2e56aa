// The articles' texts, lines, sentences and mentions, for the article view: archive `--archive a`
// of TEXT_ARCHIVES, holding parts `<part>.json` (pages name them `data/texts/<a>/<part>.json`;
// see loaders/site/texts.ts). A parameterized loader: Framework runs it once per archive.
import {parseArgs} from "node:util";
import {siteOutput} from "../../../loaders/site/output.js";

const {values} = parseArgs({options: {archive: {type: "string"}}});
process.stdout.write(await siteOutput(`texts/${Number(values.archive)}.zip`));
