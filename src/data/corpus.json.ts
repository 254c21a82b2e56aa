// The corpus's tables: counts by country, organisation, field, province, pairs, timeline.
import {siteData} from "../../loaders/siteData.js";

const {fingerprint, corpus, tables} = siteData();
const {mentions, sentences, ...rest} = tables;
process.stdout.write(JSON.stringify({fingerprint, corpus, ...rest}));
