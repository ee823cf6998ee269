/** jsdom's own implementation of the HTML encoding sniffing algorithm (it ships no types). */
declare module 'html-encoding-sniffer' {
  /** BOM, then the transport label, then the `<meta>` prescan of the first 1024 bytes, else `defaultEncoding`. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
