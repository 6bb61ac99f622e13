import { SaxesParser } from "saxes";
import type { Deadline } from "./limits";

export type Attributes = Record<string, string>;

/** What a reader of one part listens to: element names come without their namespace prefix. */
export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Thrown by a handler that has read all it needs of a part. */
export class StopReading {}

/** Characters handed to the parser at a time, the deadline checked between them. */
const CHUNK = 64 * 1024;

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** An attribute by its local name, whatever prefix the writer chose for its namespace ("r:id"). */
export const attribute = (attributes: Attributes, name: string): string | undefined =>
  attributes[name] ??
  Object.entries(attributes).find(([k]) => k.includes(":") && local(k) === name)?.[1];

/**
 * Streams a part's UTF-8 through an XML parser that defines no entities of its own (no DTD is expanded:
 * no billion laughs, no external file), so that only the part's own bytes are ever read.
 */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers, deadline: Deadline): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => handlers.open?.(local(tag.name), tag.attributes as Attributes));
  parser.on("closetag", (tag) => handlers.close?.(local(tag.name)));
  parser.on("text", (t) => handlers.text?.(t));
  parser.on("cdata", (t) => handlers.text?.(t));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      deadline.check();
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
  }
}
