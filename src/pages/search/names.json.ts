/**
 * /search/names.json: place and people names with their 拼音 and 首字母, and the issues by date,
 * for the search box (src/search/names.ts, src/client/search/assist.ts). Not part of the full-text index.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { customPinyin, pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js/t2cn';
import { placeUrl } from '../../read-model/places.ts';
import { loadArchiveView } from '../../read-model/archive.ts';
import { personUrl } from '../../browse/people.ts';
import type { NameEntry, NamesFile } from '../../search/names.ts';

// Local readings a dictionary gets wrong: 乐 of 乐清 and 乐成 is yuè.
customPinyin({ 乐清: 'yuè qīng', 乐成: 'yuè chéng' });

const spell = (name: string) => ({
  p: pinyin(name, { toneType: 'none', type: 'array' }).join('').toLowerCase(),
  i: pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase(),
});

/**
 * The characters OpenCC's t→cn converter changes (黃, 華, 鎮 …), so the search page loads the
 * converter (52 kB gzipped) only for a query that has one, not for every Chinese query.
 */
function traditionalChars(): string {
  const convert = Converter({ from: 't', to: 'cn' });
  let out = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCodePoint(code);
    if (convert(ch) !== ch) out += ch;
  }
  return out;
}

export const GET: APIRoute = async () => {
  const view = await loadArchiveView();
  const places: NameEntry[] = (await getCollection('places')).map(({ data: p }) => ({ n: p.name, k: '地', u: placeUrl(p.name), c: p.count, ...spell(p.name) }));
  const people: NameEntry[] = view.people.map((p) => ({ n: p.name, k: '人', u: personUrl(p.name), c: p.articles.length, ...spell(p.name) }));
  const issues = view.issues
    .map((i) => ({ d: i.date ?? i.inferred?.notBefore?.slice(0, 7) ?? '', t: `${i.publicationName} ${i.dateLabel}`, u: i.url }))
    .filter((i) => i.d)
    .sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  const file: NamesFile = { names: [...places, ...people], issues, traditional: traditionalChars() };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
