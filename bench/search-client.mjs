// Runs kroniek's static search client (crates/search/src/client/kroniek-search.js) in node on a
// built site or bundle folder, the way a browser would, counting the files and bytes it fetches.
//
//   node bench/search-client.mjs SITE_DIR "query" ["second query" ...]
//
// Prints one JSON line per query: the top URLs, the total, and the files and bytes fetched for
// that query (a second query reuses what the first fetched, as a browser's page does).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const [site, ...queries] = process.argv.slice(2);
let fetched = [];
globalThis.fetch = async (url) => {
  const path = join(site, url);
  try {
    const body = readFileSync(path);
    fetched.push({ url, bytes: body.length, gzip: gzipSync(body).length });
    return { ok: true, status: 200, text: async () => body.toString("utf8"), json: async () => JSON.parse(body) };
  } catch {
    return { ok: false, status: 404, text: async () => "", json: async () => ({}) };
  }
};
const client = join(site, "search/kroniek-search.js");
const source = readFileSync(client);
fetched.push({ url: "search/kroniek-search.js", bytes: source.length, gzip: gzipSync(source).length });
(0, eval)(source.toString("utf8"));
const engine = globalThis.kroniekSearch;
engine.setBase("search/bundle/");
for (const query of queries) {
  const started = process.hrtime.bigint();
  const result = await engine.search(query);
  const top = result.ranked.slice(0, 10);
  const docs = await Promise.all(top.map(([d]) => engine.docMeta(d)));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const bytes = fetched.reduce((s, f) => s + f.bytes, 0);
  const gzip = fetched.reduce((s, f) => s + f.gzip, 0);
  const files = fetched.length;
  fetched = [];
  // The facet counts, fetched after the results are shown: counted apart.
  const facetsStarted = process.hrtime.bigint();
  const facets = engine.facets ? await engine.facets(result.ranked) : null;
  const facetMs = Number(process.hrtime.bigint() - facetsStarted) / 1e6;
  const facet = {
    files: fetched.length,
    bytes: fetched.reduce((s, f) => s + f.bytes, 0),
    gzip: fetched.reduce((s, f) => s + f.gzip, 0),
    ms: facetMs,
    languages: facets ? facets.language.length : 0,
  };
  fetched = [];
  console.log(JSON.stringify({ query, total: result.ranked.length, urls: docs.map((d) => d.u), files, bytes, gzip, ms, facet }));
}
void statSync;
