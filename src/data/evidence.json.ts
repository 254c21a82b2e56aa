// Every evidence sentence behind a cooperation pair, with where the partner is named in it.
import {siteData} from "../../loaders/siteData.js";

process.stdout.write(JSON.stringify(siteData().evidence));
