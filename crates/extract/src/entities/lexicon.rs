//! The words around and inside names, in Dutch, French and English: function words that are
//! capitalised only because they open a sentence, particles of surnames, months and weekdays,
//! the head words of organisations, and the context cues that say what a name is.
//!
//! The lists are short and written for kroniek; they are merged across languages because a
//! Dutch article quotes French names and the other way round, and a function word of one
//! language is rarely a name in another.

use std::collections::HashSet;
use std::sync::OnceLock;

use kroniek_model::EntityKind;

/// Function words and other words that are capitalised only at the start of a sentence or a
/// heading, never as the first word of a name.
const STOPWORDS: &str = "
aan al alle alles als alsof altijd ander andere anders beide bij binnen bovendien daar daarbij daarna daarom
dan dat de deze die dit doch door dus een eens elk elke en enkele er eerst even geen haar hem hen het hier
hij hoe hun ik in is je jij kan later maar meer men met mijn na naar naast nadat niet niets nog nooit nu of
ofschoon om omdat onder ons ook op over reeds sinds slechts soms steeds toch toen tot tussen twee uit uw
vaak van vanaf vanuit veel voor vooral voordat waar waarbij waarin wanneer want was wat we wel werd wie wij
zal ze zelf zij zijn zo zoals zodra zonder zou zulke tijdens ondanks ongeacht helaas datzelfde dezelfde
hetzelfde ook volgens volgende gisteren vandaag morgen eind begin midden ieder iedere elders dankzij
à au aux avec ce ces cet cette chez comme dans de des du elle elles en entre et il ils je la le les leur
leurs lui mais même mon ne ni nous on ou où par pas pendant pour puis quand que qui sa sans se ses si son
sous sur ton tous tout toute toutes très un une vers voici voilà y après avant depuis selon lors dont
about after again against all also although an and another any are as at be because been before being
between both but by can could did do does during each either even every few for from had has have he her
here hers him his how however i if in into is it its just many may me might more most much must my neither
no nor not now of off on once one only or other our out over own same she should since so some still such
than that the their them then there these they this those though through thus to too under until upon us
very was we were what when where whether which while who whom whose why will with within without would yet
you your yes
premier republiek république republic bureau senaat sénat senate parlement parliament staat état state
koning roi king keizer empereur emperor tsaar tsar czar paus pape pope god dieu kerk église church kamer
chambre regering gouvernement government revolutie révolution revolution oorlog guerre war mémoires
memoires memoirs
";

/// Particles that sit inside or before surnames and names: "van der Goes", "de la Serna".
const PARTICLES: &str =
    "van der den de del della di da das dos du des d' le la les ter ten te von zu y i of the";

/// Articles that may open a name when written with a capital mid-sentence ("De Morgen",
/// "La Wallonie", "Le Rétif") but are only articles at the start of a sentence.
const ARTICLES: &str = "de het la le les l' el il lo die der das the een un une";

/// Months and weekdays: English capitalises them, and "May" or "August" are also given names.
const CALENDAR: &str = "
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
januari februari maart mei juni juli augustus oktober
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
";

/// Names of languages (capitalised in Dutch and English), which are not places.
const LANGUAGES: &str = "
nederlands vlaams frans duits engels spaans russisch pools italiaans portugees catalaans grieks latijn
jiddisch hebreeuws esperanto zweeds noors deens fins tsjechisch hongaars roemeens turks arabisch chinees
japans
english french german spanish russian polish italian portuguese catalan greek latin yiddish esperanto
";

/// Head words of organisations, matched as a word or (in Dutch and German) as the end of a
/// compound: "Bonnot-bende", "Arbeiderspartij", "Vakbondsfederatie", "Boerenblok".
const ORGANISATION_WORDS: &str = "
partij partei parti party partido partito bond bund federatie federation fédération federación
confederatie confédération confederación confederation vakbond vakcentrale syndicat sindicato union unie
unión internationale international internacional comintern komintern profintern kominform cominform
bende groep groupe group grupo blok bloc front frente liga ligue league beweging mouvement movement
movimiento wacht garde guard comité comite committee komitee raad council conseil consejo congres congress
oppositie opposition oposición linkerzijde gauche izquierda jeugd jeunesse youth juventud jonge jeunes
vereniging association associación genootschap société society socialistische communistische
anarchistische socialiste communiste anarchiste socialist communist anarchist socialista comunista
anarquista arbeiders werklieden ouvrier ouvrière workers obrero obrera trotskistische trotskyste
leger armée army ejército brigade brigades brigada militie milice militia sovjet soviet kamer chambre
ministerie ministère ministry universiteit université university
kerk église church fabriek usine factory werkgroep collectief collectif kartel cartel centrale
commissie commission dienst service instituut institut institute stichting fondation foundation
maatschappij société fonds fund bank banque omroep agentschap agence agency academie académie academy
hogeschool school club gemeenschap communauté community zaken affaires affairs orkest orchestre
holding holdings groep group nv bv cvba vzw asbl sa ltd inc corp corporation company compagnie
airlines airways pharma securities technologies media telecom partners partnership motors systems
software investments insurance verzekeringen uitgeverij éditions radio air centrum centre center
";

/// Dutch and English noun endings that make an unknown capitalised word a common noun (a
/// capitalised compound such as "Volksfrontregering" or "Nazitroepen"), not a person.
const NOUN_ENDINGS: &[&str] = &[
    "ing", "ingen", "heid", "heden", "schap", "isme", "ismen", "isten", "troepen", "staat", "staten",
    "regering", "tie", "ties", "lozen", "ezen", "landers", "ers", "ness", "tion", "tions", "ment", "ments",
    "ité", "iks", "ists", "ites", "isch", "ische", "ief", "ieve", "lijk", "lijke", "baar", "achtig",
];

/// Words just before a name that say what it is ("geboren in X", "de krant X", "lid van X").
/// Each cue is one or two lowercase words, matched against the words right before the name.
const CUES: &[(&str, EntityKind)] = &[
    // places
    ("in", EntityKind::Place),
    ("naar", EntityKind::Place),
    ("uit", EntityKind::Place),
    ("vanuit", EntityKind::Place),
    ("te", EntityKind::Place),
    ("nabij", EntityKind::Place),
    ("geboren in", EntityKind::Place),
    ("gevestigd in", EntityKind::Place),
    ("woonde in", EntityKind::Place),
    ("stierf in", EntityKind::Place),
    ("à", EntityKind::Place),
    ("vers", EntityKind::Place),
    ("né à", EntityKind::Place),
    ("to", EntityKind::Place),
    ("from", EntityKind::Place),
    ("at", EntityKind::Place),
    ("near", EntityKind::Place),
    ("born in", EntityKind::Place),
    // periodicals
    ("krant", EntityKind::Periodical),
    ("dagblad", EntityKind::Periodical),
    ("weekblad", EntityKind::Periodical),
    ("maandblad", EntityKind::Periodical),
    ("blad", EntityKind::Periodical),
    ("tijdschrift", EntityKind::Periodical),
    ("editie van", EntityKind::Periodical),
    ("uitgave van", EntityKind::Periodical),
    ("redactie van", EntityKind::Periodical),
    ("artikelen in", EntityKind::Periodical),
    ("artikel in", EntityKind::Periodical),
    ("schreef in", EntityKind::Periodical),
    ("journal", EntityKind::Periodical),
    ("quotidien", EntityKind::Periodical),
    ("hebdomadaire", EntityKind::Periodical),
    ("revue", EntityKind::Periodical),
    ("articles dans", EntityKind::Periodical),
    ("newspaper", EntityKind::Periodical),
    ("magazine", EntityKind::Periodical),
    ("weekly", EntityKind::Periodical),
    ("daily", EntityKind::Periodical),
    ("articles in", EntityKind::Periodical),
    ("wrote in", EntityKind::Periodical),
    // organisations
    ("lid van", EntityKind::Organisation),
    ("leden van", EntityKind::Organisation),
    ("partij", EntityKind::Organisation),
    ("vakbond", EntityKind::Organisation),
    ("membre de", EntityKind::Organisation),
    ("membre du", EntityKind::Organisation),
    ("parti", EntityKind::Organisation),
    ("syndicat", EntityKind::Organisation),
    ("member of", EntityKind::Organisation),
    ("party", EntityKind::Organisation),
    ("union", EntityKind::Organisation),
    ("bedrijf", EntityKind::Organisation),
    ("firma", EntityKind::Organisation),
    ("concern", EntityKind::Organisation),
    ("fabrikant", EntityKind::Organisation),
    ("maatschappij", EntityKind::Organisation),
    ("club", EntityKind::Organisation),
    ("ploeg", EntityKind::Organisation),
    ("zender", EntityKind::Organisation),
    ("omroep", EntityKind::Organisation),
    ("bank", EntityKind::Organisation),
    ("groep", EntityKind::Organisation),
    ("holding", EntityKind::Organisation),
    ("uitgeverij", EntityKind::Organisation),
    ("dochterbedrijf", EntityKind::Organisation),
    ("softwarebedrijf", EntityKind::Organisation),
    ("luchtvaartmaatschappij", EntityKind::Organisation),
    ("voetbalclub", EntityKind::Organisation),
    ("band", EntityKind::Organisation),
    ("company", EntityKind::Organisation),
    ("firm", EntityKind::Organisation),
    // people
    ("pseudoniem", EntityKind::Person),
    ("schuilnaam", EntityKind::Person),
    ("bijnaam", EntityKind::Person),
    ("genaamd", EntityKind::Person),
    ("alias", EntityKind::Person),
    ("kameraad", EntityKind::Person),
    ("minister", EntityKind::Person),
    ("voorzitter", EntityKind::Person),
    ("president", EntityKind::Person),
    ("koning", EntityKind::Person),
    ("tsaar", EntityKind::Person),
    ("generaal", EntityKind::Person),
    ("broer", EntityKind::Person),
    ("zoon", EntityKind::Person),
    ("dochter", EntityKind::Person),
    ("weduwe", EntityKind::Person),
    ("echtgenoot", EntityKind::Person),
    ("kapitein", EntityKind::Person),
    ("kolonel", EntityKind::Person),
    ("luitenant", EntityKind::Person),
    ("maarschalk", EntityKind::Person),
    ("dominee", EntityKind::Person),
    ("pater", EntityKind::Person),
    ("dokter", EntityKind::Person),
    ("professor", EntityKind::Person),
    ("burgemeester", EntityKind::Person),
    ("kardinaal", EntityKind::Person),
    ("premier", EntityKind::Person),
    ("ministre", EntityKind::Person),
    ("général", EntityKind::Person),
    ("colonel", EntityKind::Person),
    ("fils", EntityKind::Person),
    ("fille", EntityKind::Person),
    ("veuve", EntityKind::Person),
    ("abbé", EntityKind::Person),
    ("docteur", EntityKind::Person),
    ("son", EntityKind::Person),
    ("daughter", EntityKind::Person),
    ("widow", EntityKind::Person),
    ("wife", EntityKind::Person),
    ("husband", EntityKind::Person),
    ("general", EntityKind::Person),
    ("captain", EntityKind::Person),
    ("zus", EntityKind::Person),
    ("vader", EntityKind::Person),
    ("moeder", EntityKind::Person),
    ("vriend", EntityKind::Person),
    ("vriendin", EntityKind::Person),
    ("echtgenote", EntityKind::Person),
    ("leider", EntityKind::Person),
    ("secretaris", EntityKind::Person),
    ("coach", EntityKind::Person),
    ("trainer", EntityKind::Person),
    ("woordvoerder", EntityKind::Person),
    ("woordvoerster", EntityKind::Person),
    ("directeur", EntityKind::Person),
    ("topman", EntityKind::Person),
    ("bestuurder", EntityKind::Person),
    ("advocaat", EntityKind::Person),
    ("rechter", EntityKind::Person),
    ("procureur", EntityKind::Person),
    ("zanger", EntityKind::Person),
    ("zangeres", EntityKind::Person),
    ("acteur", EntityKind::Person),
    ("actrice", EntityKind::Person),
    ("regisseur", EntityKind::Person),
    ("schrijver", EntityKind::Person),
    ("auteur", EntityKind::Person),
    ("kunstenaar", EntityKind::Person),
    ("speler", EntityKind::Person),
    ("doelman", EntityKind::Person),
    ("renner", EntityKind::Person),
    ("piloot", EntityKind::Person),
    ("collega", EntityKind::Person),
    ("landgenoot", EntityKind::Person),
    ("ploegmaat", EntityKind::Person),
    ("journalist", EntityKind::Person),
    ("fotograaf", EntityKind::Person),
    ("senator", EntityKind::Person),
    ("kamerlid", EntityKind::Person),
    ("schepen", EntityKind::Person),
    ("gouverneur", EntityKind::Person),
    ("prins", EntityKind::Person),
    ("prinses", EntityKind::Person),
    ("koningin", EntityKind::Person),
    ("mevrouw", EntityKind::Person),
    ("meneer", EntityKind::Person),
    ("heer", EntityKind::Person),
    ("team van", EntityKind::Person),
    ("heer", EntityKind::Person),
    ("mevrouw", EntityKind::Person),
    ("dhr.", EntityKind::Person),
    ("pseudonyme", EntityKind::Person),
    ("camarade", EntityKind::Person),
    ("frère", EntityKind::Person),
    ("ami", EntityKind::Person),
    ("m.", EntityKind::Person),
    ("mme", EntityKind::Person),
    ("comrade", EntityKind::Person),
    ("brother", EntityKind::Person),
    ("friend", EntityKind::Person),
    ("leader", EntityKind::Person),
    ("secretary", EntityKind::Person),
    ("mr", EntityKind::Person),
    ("mrs", EntityKind::Person),
    ("dr", EntityKind::Person),
];

/// Words before a name that make it a street's ("rue de la Vecquée", "l'avenue Franklin
/// Roosevelt", "calle Bailén"): a street is no entity of the archive, and the person or town it
/// is named after is not mentioned.
/// Only words that mean nothing else: "via", "weg", "plein", "place" or "road" before a name are
/// often ordinary words ("via de Comintern", "en plein Paris").
const STREETS: &str = "
straat laan lei dreef kaai steenweg gracht singel rue avenue boulevard quai chaussée impasse allée
calle carrer plaza avenida paseo viale piazza corso strasse straße street
";

/// Words that open the name of a saint, a church or a place named after one ("Santa Amàlia",
/// "Sint-Jacob"); never a person of the story when the gazetteer does not know the name.
const SAINTS: &str = "santa santo san sant saint sainte sint st";

/// Head words that end compounds only in Dutch and German; English and Romance head words are
/// separate words ("Vanguard" is no guard, "Reunion" no union).
///
/// Some Dutch heads name an organisation only as a separate word too: "Buitenlandse Zaken" is
/// a ministry, "Rechtszaken" are lawsuits; "Multimedia", "Kunstacademie" and "Bankzaken" say
/// nothing of the kind.
const ENGLISH_HEADS: &str = "guard union party group league army church council youth society movement
    committee congress federation confederation factory university ministry militia brigade
    zaken affaires affairs media school club holding holdings nv bv cvba vzw asbl sa ltd inc corp
    company airlines airways pharma securities technologies telecom partners partnership motors
    systems software investments insurance service institute foundation fund agency academy
    community commission academie radio air centrum centre center";

/// Verbs right after a lone unknown capitalised word that make it a person ("Kropotkin
/// schreef", "Kropotkin lived"): evidence the shape of a word cannot give.
const PERSON_VERBS: &str = "
schreef schrijft zei zegt sprak spreekt stierf overleed antwoordde antwoordt vertelde vertelt
verklaarde beweerde dacht vond woonde trouwde vluchtte glimlachte lachte huilde
wrote writes said says died replied replies argued lived married fled believed thought smiled
écrit écrivit dit déclare déclara mourut meurt répond répondit vécut épousa pensait
";

/// Endings of surnames that no common noun of these languages has: Slavic ("-ski", "-ov",
/// "-jev", "-vitsj"), Georgian, Ukrainian, Armenian. Evidence that a lone unknown word is a
/// person ("tussen Trotski en ...", "Zinovjev").
const SURNAME_ENDINGS: &[&str] = &[
    "ski", "sky", "skij", "skaja", "ska", "ov", "ova", "ev", "eva", "jev", "jeva", "off", "vitsj", "vitch",
    "vich", "witz", "wicz", "owicz", "ović", "ovic", "enko", "sjvili", "shvili", "idze", "yan", "jan",
];

/// Words before a quotation that make it a slogan or a phrase rather than a work's title.
const SAYINGS: &str =
    "slogan leuze motto kreet woorden zin roep cri mot words phrase cry zogenaamde zogenaamd";

struct Sets {
    stopwords: HashSet<&'static str>,
    streets: HashSet<&'static str>,
    saints: HashSet<&'static str>,
    english_heads: HashSet<&'static str>,
    person_verbs: HashSet<&'static str>,
    particles: HashSet<&'static str>,
    articles: HashSet<&'static str>,
    calendar: HashSet<&'static str>,
    languages: HashSet<&'static str>,
    organisation_words: Vec<&'static str>,
    sayings: HashSet<&'static str>,
}

fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| Sets {
        stopwords: STOPWORDS.split_whitespace().collect(),
        streets: STREETS.split_whitespace().collect(),
        saints: SAINTS.split_whitespace().collect(),
        english_heads: ENGLISH_HEADS.split_whitespace().collect(),
        person_verbs: PERSON_VERBS.split_whitespace().collect(),
        particles: PARTICLES.split_whitespace().collect(),
        articles: ARTICLES.split_whitespace().collect(),
        calendar: CALENDAR.split_whitespace().collect(),
        languages: LANGUAGES.split_whitespace().collect(),
        organisation_words: ORGANISATION_WORDS.split_whitespace().collect(),
        sayings: SAYINGS.split_whitespace().collect(),
    })
}

/// Whether a word (any case) is a function word that never opens a name.
pub(crate) fn is_stopword(lower: &str) -> bool {
    sets().stopwords.contains(lower)
}

/// Whether a word is a particle of names ("van", "der", "de", "la", "y").
pub(crate) fn is_particle(lower: &str) -> bool {
    sets().particles.contains(lower)
}

/// Whether a word is an article that may open a name ("De Morgen", "La Wallonie").
pub(crate) fn is_article(lower: &str) -> bool {
    sets().articles.contains(lower) || lower.ends_with('\'') || lower.ends_with('’')
}

/// Whether a word is a month or a weekday.
pub(crate) fn is_calendar_word(lower: &str) -> bool {
    sets().calendar.contains(lower)
}

/// Whether a word is the name of a language.
pub(crate) fn is_language_name(lower: &str) -> bool {
    sets().languages.contains(lower)
}

/// Whether a word names the kind of an organisation, alone or as the end of a compound.
pub(crate) fn is_organisation_word(lower: &str) -> bool {
    let words = &sets().organisation_words;
    let lower = lower.trim_end_matches('-');
    words.iter().any(|w| {
        lower == *w
            || (lower.len() > w.len() + 2
                && lower.ends_with(w)
                && w.len() >= 4
                && !matches!(*w, "unie" | "kamer" | "raad" | "staat")
                && !sets().english_heads.contains(w))
    })
}

/// Whether a lower-case word names a kind of street ("rue", "straat", "avenue").
pub(crate) fn is_street(lower: &str) -> bool {
    sets().streets.contains(lower)
}

/// A word without a French or Italian elided article ("l’avenue" → "avenue").
pub(crate) fn elided(word: &str) -> &str {
    // Most words open with no elision: look no further than the first letter.
    if !word.starts_with(['l', 'd', 'L', 'D']) {
        return word;
    }
    for prefix in ["l’", "l'", "d’", "d'", "L’", "L'", "D’", "D'", "dell’", "dell'"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return rest;
        }
    }
    word
}

/// Whether a word is a title written before a person's name with a capital ("Mme", "Dr").
pub(crate) fn is_title(lower: &str) -> bool {
    matches!(lower, "mme" | "mlle" | "mr" | "mrs" | "ms" | "dr" | "prof" | "dhr" | "mevr" | "mgr")
}

/// Whether a word opens the name of a saint ("Santa", "Saint", "Sint").
pub(crate) fn is_saint(lower: &str) -> bool {
    sets().saints.contains(lower)
}

/// Whether a lower-case word is a verb that says its subject is a person.
pub(crate) fn is_person_verb(lower: &str) -> bool {
    sets().person_verbs.contains(lower)
}

/// Whether a capitalised word has the shape of a surname no common noun has ("Trotski").
pub(crate) fn has_surname_ending(lower: &str) -> bool {
    lower.chars().count() >= 5 && SURNAME_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Whether a single word is an organisation's name by its shape: a compound ending in a head
/// word ("Arbeiderspartij", "Bonnot-bende") or a known one-word name ("Comintern").
pub(crate) fn is_organisation_name(lower: &str) -> bool {
    if matches!(lower, "comintern" | "komintern" | "profintern" | "kominform" | "cominform") {
        return true;
    }
    let bare = lower.trim_end_matches('-');
    is_organisation_word(lower) && !sets().organisation_words.contains(&bare)
}

/// Whether a word ends the name of an event (or a law) rather than an entity ("Wereldoorlog").
pub(crate) fn is_event_word(lower: &str) -> bool {
    // Laws and treaties are named like events: "Koninklijk Besluit", "Verdrag van Versailles".
    [
        "oorlog",
        "war",
        "guerre",
        "revolutie",
        "revolution",
        "révolution",
        "opstand",
        "staking",
        "strike",
        "besluit",
        "decreet",
        "verdrag",
        "décret",
        "traité",
        "decree",
        "treaty",
        // Games, prizes and championships: "Olympische Spelen", "Grote Prijs", "Nobelprijs".
        "spelen",
        "prijs",
        "prijzen",
        "kampioenschap",
        "kampioenschappen",
        "games",
        "cup",
        "beker",
    ]
    .iter()
    .any(|w| lower.ends_with(w))
}

/// Whether an unknown word looks like a common noun or adjective, not a name.
pub(crate) fn has_noun_ending(lower: &str) -> bool {
    lower.chars().count() > 6 && NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// The kind a cue before a name points to: `before` are the lowercase words before the name,
/// nearest last.
pub(crate) fn cue(before: &[&str]) -> Option<EntityKind> {
    let last = *before.last()?;
    let pair = (before.len() >= 2).then(|| format!("{} {}", before[before.len() - 2], last));
    if let Some(pair) = &pair
        && let Some((_, kind)) = CUES.iter().find(|(cue, _)| cue == pair)
    {
        return Some(*kind);
    }
    // Skip an article between the cue and the name: "de krant L'Anarchie", "lid van de BWP".
    let (word, earlier) = if is_article(last) && before.len() >= 2 {
        (before[before.len() - 2], before.len().checked_sub(3).map(|i| before[i]))
    } else {
        (last, before.len().checked_sub(2).map(|i| before[i]))
    };
    if let Some(earlier) = earlier {
        let pair = format!("{earlier} {word}");
        if let Some((_, kind)) = CUES.iter().find(|(cue, _)| *cue == pair) {
            return Some(*kind);
        }
    }
    CUES.iter().find(|(cue, _)| *cue == word).map(|(_, kind)| *kind)
}

/// Whether the words before a quotation make it a saying, not a title.
pub(crate) fn introduces_saying(lower: &str) -> bool {
    sets().sayings.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_read_one_or_two_words_and_skip_an_article() {
        assert_eq!(cue(&["geboren", "in"]), Some(EntityKind::Place));
        assert_eq!(cue(&["de", "krant"]), Some(EntityKind::Periodical));
        assert_eq!(cue(&["lid", "van", "de"]), Some(EntityKind::Organisation));
        assert_eq!(cue(&["het", "team", "van"]), Some(EntityKind::Person));
        assert_eq!(cue(&["zag", "hoe"]), None);
        assert_eq!(cue(&[]), None);
    }

    #[test]
    fn organisation_words_end_compounds() {
        for word in
            ["partij", "arbeiderspartij", "bonnot-bende", "vakbondsfederatie", "boerenblok", "arbeiders-"]
        {
            assert!(is_organisation_word(word), "{word}");
        }
        for word in ["sovjet-unie", "mexico-stad", "trotski", "serge"] {
            assert!(!is_organisation_word(word), "{word}");
        }
    }
}
