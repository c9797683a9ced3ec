/** Reads a server-sent-events body until `woord` appears (or the stream ends); returns the text read. */
export async function leesTot(reader: ReadableStreamDefaultReader<Uint8Array>, woord: string): Promise<string> {
  let tekst = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return tekst;
    tekst += new TextDecoder().decode(value);
    if (tekst.includes(woord)) return tekst;
  }
}
