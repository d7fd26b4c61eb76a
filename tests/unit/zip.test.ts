// The store zips: every file comes back byte for byte, with its path, from a standard reader's
// point of view (central directory → local header → deflated data, CRC checked).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../scripts/crc32.mjs';
import { writeZip } from '../../scripts/zip.mjs';

function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(dataStart, dataStart + size));
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('writeZip', () => {
  it('stores every file with its path and exact bytes', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'calmreply-zip-')), 'test.zip');
    const files = [
      { name: 'manifest.json', data: Buffer.from('{"name":"CalmReply"}') },
      { name: 'icons/icon-16.png', data: readFileSync(new URL('../../icons/icon-16.png', import.meta.url)) },
      { name: '_locales/de/messages.json', data: Buffer.from('{"extName":{"message":"Grüße"}}') },
    ];
    writeZip(path, files);
    const read = readZip(readFileSync(path));
    expect([...read.keys()].sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) expect(read.get(file.name)?.equals(file.data)).toBe(true);
  });
});
