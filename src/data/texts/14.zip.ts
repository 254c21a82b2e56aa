// The articles' texts, lines, sentences and mentions, for the article view: archive 14 of
// TEXT_ARCHIVES, holding parts `<part>.json` (pages name them `data/texts/14/<part>.json`; see
// loaders/site/texts.ts). One loader per archive rather than one parameterized loader: Framework
// looks a parameterized name up with a directory search, for every text part, on every page.
import {siteOutput} from "../../../loaders/site/output.js";

process.stdout.write(await siteOutput("texts/14.zip"));
