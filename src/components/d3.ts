// The few d3 functions the charts use, from their own packages: importing "d3" itself would make
// every page download all thirty of d3's modules.
export {max, min, rollups, sort, sum} from "d3-array";
export {geoBounds, geoMercator, geoPath} from "d3-geo";
export {scalePoint, scaleSqrt} from "d3-scale";
