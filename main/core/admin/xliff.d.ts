/** The parts of the `xliff` package (it ships no types) that the translation exchange uses. */
declare module 'xliff' {
  interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, { source?: unknown; target?: unknown; note?: string }>>;
  }
  export function jsToXliff12(js: XliffJs): Promise<string>;
  export function js2xliff(js: XliffJs): Promise<string>;
  export function xliff12ToJs(xml: string): Promise<Partial<XliffJs>>;
  export function xliff2js(xml: string): Promise<Partial<XliffJs>>;
}
