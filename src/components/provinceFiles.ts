// The province bucket files (src/components/entityBucket.ts), named literally, as Framework needs:
// ENTITY_BUCKETS.province pairs of `<bucket>.json` and `<bucket>-more.json` (a test checks they agree).
import {FileAttachment} from "observablehq:stdlib";

export const PROVINCE_FILES = [
  [FileAttachment("../data/entities/province/0.json"), FileAttachment("../data/entities/province/0-more.json")],
  [FileAttachment("../data/entities/province/1.json"), FileAttachment("../data/entities/province/1-more.json")],
  [FileAttachment("../data/entities/province/2.json"), FileAttachment("../data/entities/province/2-more.json")],
  [FileAttachment("../data/entities/province/3.json"), FileAttachment("../data/entities/province/3-more.json")],
  [FileAttachment("../data/entities/province/4.json"), FileAttachment("../data/entities/province/4-more.json")],
  [FileAttachment("../data/entities/province/5.json"), FileAttachment("../data/entities/province/5-more.json")],
  [FileAttachment("../data/entities/province/6.json"), FileAttachment("../data/entities/province/6-more.json")],
  [FileAttachment("../data/entities/province/7.json"), FileAttachment("../data/entities/province/7-more.json")],
  [FileAttachment("../data/entities/province/8.json"), FileAttachment("../data/entities/province/8-more.json")],
  [FileAttachment("../data/entities/province/9.json"), FileAttachment("../data/entities/province/9-more.json")],
  [FileAttachment("../data/entities/province/10.json"), FileAttachment("../data/entities/province/10-more.json")],
  [FileAttachment("../data/entities/province/11.json"), FileAttachment("../data/entities/province/11-more.json")],
  [FileAttachment("../data/entities/province/12.json"), FileAttachment("../data/entities/province/12-more.json")],
  [FileAttachment("../data/entities/province/13.json"), FileAttachment("../data/entities/province/13-more.json")],
  [FileAttachment("../data/entities/province/14.json"), FileAttachment("../data/entities/province/14-more.json")],
  [FileAttachment("../data/entities/province/15.json"), FileAttachment("../data/entities/province/15-more.json")]
] as const;
