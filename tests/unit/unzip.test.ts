import fc from "fast-check";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { centralDirectory } from "../../src/xlsx/directory";
import { Deadline, LIMITS } from "../../src/xlsx/limits";
import { inflateParts } from "../../src/xlsx/unzip";

const all = () => true;
const inflate = (bytes: Uint8Array, keep: (name: string) => boolean = all) =>
  Object.fromEntries(inflateParts(bytes, keep, new Deadline()));
const text = (parts: Record<string, Uint8Array>) =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, new TextDecoder().decode(v)]));

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The package with a 32-bit field of every header of one kind set to `value` (offset from the signature). */
function patched(bytes: Uint8Array, signature: number, offset: number, value: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++)
    if (view.getUint32(i, true) === signature) view.setUint32(i + offset, value, true);
  return out;
}

const SHEET = strToU8(`<worksheet>${"<row><c><v>1</v></c></row>".repeat(200)}</worksheet>`);

/** Bytes that deflate poorly: a part that must be streamed, its worst case being past a limit. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 7;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe("unzipping a unit's package", () => {
  it("gives each kept part by its lower-cased name, without a leading slash", () => {
    const bytes = zipSync({ "/XL/Workbook.xml": strToU8("<w/>"), "xl/media/a.png": noise(10) });
    expect(text(inflate(bytes, (n) => n.endsWith(".xml")))).toEqual({ "xl/workbook.xml": "<w/>" });
  });

  it("reads stored parts and deflated parts alike", () => {
    const bytes = zipSync({ "a.xml": [SHEET, { level: 0 }], "b.xml": [SHEET, { level: 9 }] });
    expect(inflate(bytes)).toEqual({ "a.xml": SHEET, "b.xml": SHEET });
  });

  it("reads a part by what it holds when its header understates or overstates its size", () => {
    const bytes = zipSync({ "s.xml": SHEET });
    for (const declared of [0, 10, SHEET.length - 1, SHEET.length + 1, 1_000_000]) {
      const lying = patched(patched(bytes, CENTRAL, 24, declared), LOCAL, 22, declared);
      expect(inflate(lying)).toEqual({ "s.xml": SHEET });
    }
  });

  it("streams a part too large compressed to inflate whole safely, and reads the same", () => {
    const big = noise(Math.ceil(LIMITS.entryBytes / 1032) + 1024);
    const bytes = zipSync({ "big.xml": big, "s.xml": SHEET });
    expect(inflate(bytes)).toEqual({ "big.xml": big, "s.xml": SHEET });
  });

  it("trusts the local headers when they disagree with the directory", () => {
    const bytes = zipSync({ "a.xml": strToU8("<a/>") });
    // the directory's copy of the name says "b.xml"; the streaming reader goes by the local header
    const out = bytes.slice();
    const at = out.lastIndexOf("a".charCodeAt(0));
    out[at] = "b".charCodeAt(0);
    expect(centralDirectory(out)).toBeNull();
    expect(text(inflate(out))).toEqual({ "a.xml": "<a/>" });
  });

  it("calls a package with a part named twice damaged, and one declaring a part past the limit too large", () => {
    const twice = zipSync({ "a.xml": strToU8("1"), "A.xml": strToU8("2") });
    expect(() => inflate(twice)).toThrow("×2");
    const huge = patched(zipSync({ "s.xml": SHEET }), CENTRAL, 24, LIMITS.entryBytes + 1);
    expect(() => inflate(huge)).toThrow(/MB >/);
  });

  it("reads any package as fflate's own unzip does", () => {
    const part = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string().map(strToU8));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z]{1,8}\.xml$/),
          fc.tuple(part, fc.integer({ min: 0, max: 9 }))
        ),
        (entries) => {
          const files: Zippable = {};
          for (const [name, [data, level]] of Object.entries(entries))
            files[name] = [data, { level: level as 0 }];
          const bytes = zipSync(files);
          expect(inflate(bytes)).toEqual(unzipSync(bytes));
        }
      )
    );
  });
});
