// Runs Pagefind's own browser client (pagefind.js + its WASM) in node on a Pagefind bundle,
// counting the files and bytes it fetches for a first and a second query, the way
// bench/search-client.mjs does for kroniek's client.
//
//   node bench/pagefind-client.mjs BUNDLE_DIR LANG "query" ["second query" ...]
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// Pagefind's .pf_* and wasm files are stored gzipped; a host compresses the rest (js, json).
const wire = (path, body) => (/\.(pf_\w+|pagefind)$/.test(path) ? body.length : gzipSync(body).length);

const [dir, lang, ...queries] = process.argv.slice(2);
let fetched = [];
globalThis.window = { location: { href: "http://localhost/", origin: "http://localhost" } };
globalThis.location = globalThis.window.location;
globalThis.document = {
  currentScript: null,
  querySelector: () => ({ getAttribute: () => lang }),
};
globalThis.fetch = async (url) => {
  const path = fileURLToPath(String(url).split("?")[0]);
  const body = readFileSync(path);
  fetched.push({ url: path.slice(dir.length), bytes: body.length, gzip: wire(path, body) });
  const buffer = body.buffer.slice(body.byteOffset, body.byteOffset + body.length);
  return { ok: true, status: 200, json: async () => JSON.parse(body), arrayBuffer: async () => buffer, text: async () => body.toString() };
};
const pagefind = await import(pathToFileURL(join(dir, "pagefind.js")).href);
await pagefind.options({ basePath: pathToFileURL(dir + "/").href });
await pagefind.init();
// pagefind.js itself is fetched by the page's <script> tag.
const script = readFileSync(join(dir, "pagefind.js"));
fetched.push({ url: "pagefind.js", bytes: script.length, gzip: wire("pagefind.js", script) });
for (const query of queries) {
  const search = await pagefind.search(query);
  // The default UI loads the first five results' fragments.
  const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  const bytes = fetched.reduce((s, f) => s + f.bytes, 0);
  const gzip = fetched.reduce((s, f) => s + f.gzip, 0);
  console.log(JSON.stringify({ query, total: search.results.length, urls: data.map((d) => d.url), files: fetched.length, bytes, gzip, fetched: fetched.map((f) => f.url) }));
  fetched = [];
}
