//! Annotate throughput: MB of plain text per second on one core (issue 5 aims at 10 MB/s).
//!
//! The corpus is biography prose written for this benchmark in Dutch, French and English,
//! about one date expression per 25 words (denser than real biographies), repeated to 1 MB.
//! Run: `cargo bench -p kroniek-extract --bench annotate`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_main};
use kroniek_extract::{Extractor, dates};
use kroniek_model::{Authorities, Language};

const DUTCH: &str = "Anna Verhulst werd geboren in Antwerpen op 14 maart 1884, als dochter van een \
havenarbeider en een naaister. Op twaalfjarige leeftijd verliet zij de school en ging zij werken in een \
sigarenfabriek, waar de werkdagen lang waren en het loon laag. In 1902 sloot zij zich aan bij de \
socialistische vrouwenbond; datzelfde jaar sprak zij voor het eerst op een meeting over de \
achturendag. In de herfst van 1905 leidde zij een staking van meer dan 300 arbeidsters, die na drie weken \
eindigde met een kleine loonsverhoging. Van 1910 tot 1914 schreef zij wekelijks voor de partijkrant, \
onder meer over de woningnood in de arbeiderswijken en over het algemeen stemrecht. Tijdens de \
Eerste Wereldoorlog vluchtte zij naar Londen, waar zij tot eind 1918 bleef. Twee jaar later werd zij \
verkozen in de gemeenteraad. Midden jaren dertig brak zij met de partijleiding over de houding tegenover \
de Spaanse republiek. Zij stierf rond 1952 in Berchem, vermoedelijk in het voorjaar.\n";

const FRENCH: &str = "Louis Marchal naquit à Liège le 2 févr. 1879 dans une famille d'ouvriers \
armuriers. À quatorze ans, il entra comme apprenti à la fabrique nationale. En 1898, il adhéra au parti \
ouvrier et, l'année suivante, il fonda une coopérative de consommation dans son quartier. À l'été 1902, \
il prit part à la grève générale pour le suffrage universel; il fut condamné à six mois de prison. De \
1906 à 1912, il dirigea le journal syndical de la région, qui tirait à 4000 exemplaires. Pendant les \
années trente, il s'opposa au rexisme dans de nombreux meetings. Il mourut vers 1947, à la fin de \
l'hiver.\n";

const ENGLISH: &str = "Margaret Hale was born on June 3, 1881 in Leeds, the eldest of seven \
children. At the age of thirteen she went to work in a woollen mill. In 1899 she joined the Independent \
Labour Party, and two years later she was elected to its branch committee. In the summer of 1911 she \
helped to organise the dockers' wives during the great transport strike, collecting money for more than \
2000 families. From 1914 to 1918 she campaigned against conscription. In the early 1920s she moved to \
London, where she worked for the Women's Co-operative Guild until 1936. She died around 1960.\n";

fn corpus(paragraph: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + paragraph.len());
    while text.len() < bytes {
        text.push_str(paragraph);
    }
    text
}

fn annotate(c: &mut Criterion) {
    let extractor = Extractor::new(&Authorities::default());
    let mut group = c.benchmark_group("annotate");
    for (code, paragraph) in [("nl", DUTCH), ("fr", FRENCH), ("en", ENGLISH)] {
        let text = corpus(paragraph, 1 << 20);
        let language = Language::new(code).expect("language");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{code}/one 1 MB document"), |b| {
            b.iter(|| extractor.annotate(black_box(&text), &language))
        });
        // Line by line, as `annotate --lines` and a biography collection would run it.
        let lines: Vec<&str> = text.lines().collect();
        group.bench_function(format!("{code}/paragraph documents"), |b| {
            b.iter(|| {
                lines.iter().map(|l| extractor.annotate(black_box(l), &language).dates.len()).sum::<usize>()
            })
        });
        group.bench_function(format!("{code}/dates::find only"), |b| {
            b.iter(|| dates::find(black_box(&text), &language))
        });
    }
    group.finish();
}

// The macro makes an undocumented public function; a benchmark is no API.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::annotate);
}
use group::benches;
criterion_main!(benches);
