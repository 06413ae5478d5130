// A WET file (Common Crawl's extracted text: WARC records, `conversion` ones holding a page's text)
// as JSONL records. The records are framed by webrecorder's warcio, by each record's
// Content-Length, never by looking for "WARC/1.0" lines (a page's text may hold one). warcio is
// loaded only here, for WET input.

/** One WARC record's worth of a WET file: a document as a JSONL line, or why the record could not be read. */
export interface WetItem {
  /** 1-based number of the record in the file (the warcinfo record is 1). */
  number: number;
  /** The document as a JSON object on one line: {id, url, date, lang, text}. */
  line?: string;
  /** A record that could not be read whole; its error line holds `id` and `url` when the headers had them. */
  error?: { reason: string; line: string };
}

/** `{id, url, pith: {error}}`: the error line of a WET record, keyed as its document would be. */
function wetErrorLine(reason: string, id: string | undefined, url: string | undefined): string {
  return JSON.stringify({ ...(id ? { id } : {}), ...(url ? { url } : {}), pith: { error: reason } });
}

/** The documents of a WET file's (decompressed) bytes, in file order; records other than `conversion` are skipped. */
export async function* wetDocuments(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<WetItem> {
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(bytes);
  const decoder = new TextDecoder('utf-8');
  let number = 0;
  for (;;) {
    let record;
    try {
      record = await parser.parse();
    } catch (error) {
      const reason = `unreadable WARC record (${(error as Error).message}); the rest of the input is not read`;
      yield { number: number + 1, error: { reason, line: wetErrorLine(reason, undefined, undefined) } };
      return;
    }
    if (!record) return;
    number++;
    const content = await record.readFully(false);
    if (record.warcType !== 'conversion') continue;
    const id = record.warcHeader('WARC-Record-ID') ?? undefined;
    const url = record.warcTargetURI ?? undefined;
    const declared = Number(record.warcHeader('Content-Length'));
    if (Number.isFinite(declared) && content.length < declared) {
      const reason = `truncated WARC record: ${content.length} of its ${declared} bytes`;
      yield { number, error: { reason, line: wetErrorLine(reason, id, url) } };
      continue;
    }
    const document = {
      id,
      url,
      date: record.warcDate ?? undefined,
      lang: record.warcHeader('WARC-Identified-Content-Language') ?? undefined,
      text: decoder.decode(content),
    };
    yield { number, line: JSON.stringify(document) };
  }
}
