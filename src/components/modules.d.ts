// Type declarations for the browser libraries that ship none (used by src/components/*.ts).
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): any;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): any;
}
declare module "@observablehq/inputs" {
  export function table(data: any, options?: any): any;
  export function select(data: any, options?: any): any;
  export function radio(data: any, options?: any): any;
  export function range(extent?: any, options?: any): any;
  export function search(data: any, options?: any): any;
  export function checkbox(data: any, options?: any): any;
  export function toggle(options?: any): any;
  export function form(inputs: any, options?: any): any;
  export function button(content?: any, options?: any): any;
  export function text(options?: any): any;
  export function bind(target: any, source: any, invalidation?: any): any;
}
declare module "topojson-client" {
  export function feature(topology: any, object: any): any;
  export function mesh(topology: any, object?: any, filter?: (a: any, b: any) => boolean): any;
  export function merge(topology: any, objects: any[]): any;
}
declare module "observablehq:stdlib" {
  export function FileAttachment(name: string): {name: string; json(): Promise<any>; text(): Promise<string>; url(): Promise<string>};
}
