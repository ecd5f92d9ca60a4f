#!/usr/bin/env python3
"""Writes a synthetic site mirror for the import benchmark (bench/import.sh).

    python3 bench/scraped_mirror.py --pages 2000 --out DIR [--seed 1]

DIR gets kroniek.toml and an empty content/ (the archive to import into, with the series the
headlines name), text/ with PAGES scraped plain-text pages in the shape of the shared sample
(series, title and subtitle on the first line, lead, byline, section headings, footnote
references and notes, a bibliography under group labels, the site's leftovers at the end),
and html/ with the same articles as saved HTML pages of a news site (head with metadata, an
inline stylesheet and scripts, navigation, a sidebar, the article with <sup> note links, a
notes list, related links, comments and a footer). Dutch, French and English, about
1,500 words an article: 10 kB as text; the HTML pages weigh 55-60 kB, like real saved pages.

The output depends only on --pages and --seed (Python's random.Random), never on the clock.
Standard library only, so it runs wherever python3 does.
"""

import argparse
import html
import os
import random
import sys

SERIES = [
    ("archieven", "Uit de archieven van de klassenstrijd"),
    ("portretten", "Portretten uit de beweging"),
    ("histoire", "Pages d'histoire ouvrière"),
]

LANGS = {
    "nl": {
        "series": ["Uit de archieven van de klassenstrijd", "Portretten uit de beweging"],
        "by": "door",
        "words": "de het een van in op met voor aan door naar uit over bij als werd was zijn hun "
        "arbeiders staking partij vakbond fabriek stad jaren later haar zijn eerste nieuwe grote "
        "beweging congres krant brochure vergadering mijnwerkers wevers haven loon werkdag "
        "kameraden afdeling coöperatie volkshuis regering verkiezingen oorlog bezetting gevangenis "
        "ballingschap terugkeer leden bestuur oproep betoging eisen rechten vrouwen jongeren",
        "heads": ["Jeugd in {p}", "Naar {p}", "De staking van {y}", "Jaren van ballingschap",
                  "Terug in {p}", "Het congres van {y}", "Laatste jaren", "Een nieuwe partij"],
        "works": "Belangrijke werken van {n}",
        "groups": ["In het Nederlands:", "In andere talen:"],
        "leftovers": ["Delen:", "Printen:", "Voorpagina van De Linkse Socialist"],
        "intro": "Enkele van zijn geschriften zijn nog tweedehands te vinden.",
    },
    "fr": {
        "series": ["Pages d'histoire ouvrière"],
        "by": "par",
        "words": "le la les un une des du de dans sur avec pour par vers chez comme fut était "
        "ouvriers grève parti syndicat usine ville années plus tard première nouvelle grande "
        "mouvement congrès journal brochure réunion mineurs tisserands port salaire journée "
        "camarades section coopérative maison du peuple gouvernement élections guerre occupation "
        "prison exil retour membres bureau appel manifestation revendications droits femmes",
        "heads": ["Une jeunesse à {p}", "Le départ pour {p}", "La grève de {y}", "Les années d'exil",
                  "Retour à {p}", "Le congrès de {y}", "Dernières années", "Un nouveau parti"],
        "works": "Principales œuvres de {n}",
        "groups": ["En français :", "Dans d'autres langues :"],
        "leftovers": ["Partager", "Imprimer", "Lire aussi"],
        "intro": "Plusieurs de ses livres ont été réédités récemment.",
    },
    "en": {
        "series": ["Portretten uit de beweging"],
        "by": "by",
        "words": "the a of in on with for to from by as was were his her their workers strike "
        "party union factory town years later first new great movement congress paper pamphlet "
        "meeting miners weavers docks wages working day comrades branch cooperative hall "
        "government elections war occupation prison exile return members committee appeal "
        "demonstration demands rights women young",
        "heads": ["Childhood in {p}", "Off to {p}", "The strike of {y}", "Years of exile",
                  "Back in {p}", "The congress of {y}", "Last years", "A new party"],
        "works": "Main works of {n}",
        "groups": ["In English:", "In other languages:"],
        "leftovers": ["Share", "Print", "Read also"],
        "intro": "Several of the books have been reprinted in recent years.",
    },
}

FIRST = ["Marie", "Jean", "Anna", "Victor", "Léon", "Emilie", "Jef", "Clara", "Louis", "Rosa",
         "Henri", "Els", "Pierre", "Lucie", "Karel", "Julien", "Sarah", "Tom", "Hélène", "Guy"]
LAST = ["Wauters", "Dumont", "Peeters", "Claes", "Lambert", "Janssens", "Dewit", "Maes",
        "Lefèvre", "Van Aken", "Martens", "Renard", "Jacobs", "Dubois", "Mertens", "Carter"]
PLACES = ["Gent", "Luik", "Charleroi", "Antwerpen", "Parijs", "Barcelona", "Londen", "Verviers",
          "Brussel", "Lyon", "Marseille", "Rotterdam", "Mons", "Namen", "Lille", "Manchester"]

STYLE = "\n".join(
    f".c{i} {{ margin: {i % 7}px {i % 5}px; padding: {i % 3}em; color: #{i * 2654435761 % 0xFFFFFF:06x}; }}"
    for i in range(250)
)
SCRIPT = "\n".join(
    f"window.__t{i} = function (e) {{ return (e || {i}) * {i % 13} + '{'x' * (i % 20)}'; }};"
    for i in range(200)
)


def sentence(rng, words, lang, extra=""):
    n = rng.randint(10, 24)
    body = " ".join(rng.choice(words) for _ in range(n))
    if rng.random() < 0.3:
        body += " " + rng.choice(PLACES) + " " + str(rng.randint(1880, 1960))
    return body[0].upper() + body[1:] + extra + "."


def paragraph(rng, words, lang, sentences=(3, 6)):
    return " ".join(sentence(rng, words, lang) for _ in range(rng.randint(*sentences)))


def article(rng, index):
    lang = rng.choices(["nl", "fr", "en"], weights=[6, 3, 1])[0]
    spec = LANGS[lang]
    words = spec["words"].split()
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    born = rng.randint(1850, 1910)
    title = f"{name}, {born}-{born + rng.randint(40, 85)}"
    subtitle = sentence(rng, words, lang)[:-1].split(" ")
    subtitle = " ".join(subtitle[: rng.randint(3, 6)])
    sections = []
    for head in rng.sample(spec["heads"], rng.randint(5, 7)):
        head = head.format(p=rng.choice(PLACES), y=rng.randint(1890, 1950))
        sections.append((head, [paragraph(rng, words, lang) for _ in range(rng.randint(1, 3))]))
    notes = [sentence(rng, words, lang) for _ in range(3)]
    works = [
        (rng.choice(spec["groups"][:1] * 2 + spec["groups"][1:]),
         " ".join(rng.choice(words) for _ in range(rng.randint(2, 5))).capitalize(),
         rng.randint(1900, 1960))
        for _ in range(rng.randint(4, 9))
    ]
    works.sort(key=lambda w: spec["groups"].index(w[0]))
    return {
        "index": index,
        "lang": lang,
        "series": rng.choice(spec["series"]),
        "title": title,
        "subtitle": subtitle[0].upper() + subtitle[1:],
        "author": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "lead": paragraph(rng, words, lang, (4, 6)),
        "second": paragraph(rng, words, lang),
        "sections": sections,
        "notes": notes,
        "works": works,
        "works_head": spec["works"].format(n=name),
        "works_intro": spec["intro"],
        "by": spec["by"],
        "leftovers": spec["leftovers"],
        "date": f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def text_page(a):
    out = [f"{a['series']}. {a['title']}. {a['subtitle']}", "", a["lead"], "",
           f"{a['by']} {a['author']}", "", a["second"] + " (1)", ""]
    refs = ["(2)", "(3)"]
    for head, paragraphs in a["sections"]:
        out += [head, ""]
        for p in paragraphs:
            if refs and p is paragraphs[0]:
                p = p[:-1] + "." + refs.pop(0)
            out += [p, ""]
    for i, note in enumerate(a["notes"], 1):
        out.append(f" {i}. {note}")
    out += ["", a["works_head"], "", a["works_intro"], ""]
    group = None
    for g, title, year in a["works"]:
        if g != group:
            if group is not None:
                out.append("")
            out += [g, ""]
            group = g
        out.append(f" • ‘{title}’ ({year})")
    out += a["leftovers"]
    return "\n".join(out) + "\n"


def html_page(a, rng):
    e = html.escape
    nav = "".join(f'<li><a href="/{p.lower()}/">{e(p)}</a></li>' for p in PLACES)
    side = "".join(
        f'<li><a href="/artikel/{rng.randint(1, 99999)}/">{e(" ".join(LANGS[a["lang"]]["words"].split()[i:i + 6]))}</a></li>'
        for i in range(0, 60, 6))
    body = [f'<p>{e(a["lead"])}</p>',
            f'<p>{e(a["second"])}<sup><a href="#fn1" id="ref1">1</a></sup></p>']
    refs = [2, 3]
    for head, paragraphs in a["sections"]:
        body.append(f"<h2>{e(head)}</h2>")
        for p in paragraphs:
            sup = ""
            if refs and p is paragraphs[0]:
                n = refs.pop(0)
                sup = f'<sup><a href="#fn{n}" id="ref{n}">{n}</a></sup>'
            body.append(f"<p>{e(p)}{sup}</p>")
    body.append(f'<h2>{e(a["works_head"])}</h2><p>{e(a["works_intro"])}</p>')
    group = None
    for g, title, year in a["works"]:
        if g != group:
            if group is not None:
                body.append("</ul>")
            body.append(f"<p>{e(g)}</p><ul>")
            group = g
        body.append(f"<li><em>{e(title)}</em> ({year})</li>")
    body.append("</ul>")
    notes = "".join(f'<li id="fn{i}">{e(n)} <a href="#ref{i}">↩</a></li>'
                    for i, n in enumerate(a["notes"], 1))
    comments = "".join(
        f'<div class="comment"><p class="who">{e(rng.choice(FIRST))}</p><p>{e(sentence(rng, LANGS[a["lang"]]["words"].split(), a["lang"]))}</p></div>'
        for _ in range(4))
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | De Linkse Socialist</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:type" content="article">
<meta name="author" content="{e(a['author'])}">
<meta property="article:published_time" content="{a['date']}T09:00:00+01:00">
<style>{STYLE}</style>
<script>{SCRIPT}</script>
</head>
<body class="page-article">
<header class="site-header"><a class="logo" href="/">De Linkse Socialist</a>
<nav class="menu"><ul>{nav}</ul></nav>
<form class="search" action="/zoeken"><input name="q"><button>Zoeken</button></form></header>
<div class="layout">
<main>
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/reeks/">{e(a['series'])}</a></nav>
<article class="post">
<p class="kicker">{e(a['series'])}</p>
<h1>{e(a['title'])}</h1>
<p class="subtitle">{e(a['subtitle'])}</p>
<p class="byline">{a['by']} <a rel="author" href="/auteur/">{e(a['author'])}</a></p>
<time datetime="{a['date']}">{a['date']}</time>
<div class="entry-content">
{chr(10).join(body)}
<ol class="footnotes">{notes}</ol>
</div>
<div class="share"><a href="#">{e(a['leftovers'][0])}</a> <a href="#">{e(a['leftovers'][1])}</a></div>
</article>
<section class="related"><h3>{e(a['leftovers'][2])}</h3><ul>{side}</ul></section>
<section class="comments"><h3>Reacties</h3>{comments}</section>
</main>
<aside class="sidebar"><h3>Meest gelezen</h3><ul>{side}</ul><h3>Archief</h3><ul>{nav}</ul></aside>
</div>
<footer class="site-footer"><p>© De Linkse Socialist</p><ul>{nav}</ul></footer>
<div class="cookie-banner">Deze site gebruikt cookies. <button>Akkoord</button></div>
<script>{SCRIPT}</script>
</body>
</html>
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"{args.out} is not empty; choose a new folder")
    for folder in ("text", "html", "content"):
        os.makedirs(os.path.join(args.out, folder), exist_ok=True)
    with open(os.path.join(args.out, "kroniek.toml"), "w", encoding="utf-8") as f:
        f.write('title = "De Linkse Socialist"\nbase_url = "https://example.org/"\nlanguage = "nl"\n')
        for sid, title in SERIES:
            f.write(f'\n[[series]]\nid = "{sid}"\ntitle = "{title}"\n')
    for i in range(args.pages):
        rng = random.Random(args.seed * 1_000_003 + i)
        a = article(rng, i)
        stem = f"{i:05d}"
        with open(os.path.join(args.out, "text", stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(text_page(a))
        with open(os.path.join(args.out, "html", stem + ".html"), "w", encoding="utf-8") as f:
            f.write(html_page(a, rng))


if __name__ == "__main__":
    main()
