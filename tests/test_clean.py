from __future__ import annotations

import pytest

from veilleur.record import Article
from veilleur.stages.clean import Clean, boilerplate_reason, clean_text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lire aussi : La trêve tient toujours à Gaza", "related-link"),
        ("À lire aussi : Les négociations reprennent à Genève", "related-link"),
        ("Read more: Talks resume in Geneva", "related-link"),
        ("Related: Ceasefire holds for a third day", "related-link"),
        ("Dossier à suivre", "follow-up"),
        ("(À suivre)", "follow-up"),
        ("This is a developing story.", "follow-up"),
        ("Partager cet article", "share"),
        ("Share this article", "share"),
        ("Abonnez-vous à notre newsletter", "subscribe"),
        ("Subscribe to our newsletter for daily updates", "subscribe"),
        ("Nous utilisons des cookies : cliquez pour accepter", "cookie"),
        ("Photo : AFP / Jeanne Martin", "caption"),
        ("(Photo: Reuters)", "caption"),
        ("Par Marie Dupont", "byline"),
        ("By John Smith and Jane Roe", "byline"),
        ("(AFP)", "agency"),
        ("— Reuters", "agency"),
    ],
)
def test_clean_boilerplate_lines_are_recognised(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le ministre a jugé la situation difficile.",
        "By Sunday, the convoy had reached the city.",
        "Lire la déclaration du ministre prend du temps, a-t-il plaisanté.",
        "Related talks in Doha made no progress, officials said.",
        "Les photographes ont été tenus à l'écart du sommet.",
    ],
)
def test_clean_prose_is_never_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_clean_removes_boilerplate_and_keeps_the_rest() -> None:
    raw = (
        "Les troupes ont franchi la rivière mercredi.\n"
        "Lire aussi : Le dossier complet sur la frontière\n"
        "\n\n\n"
        "Le ministre a salué « une avancée ».\n"
        "Dossier à suivre\n"
    )
    text, removed = clean_text(raw)
    assert text == "Les troupes ont franchi la rivière mercredi.\n\nLe ministre a salué « une avancée »."
    assert [(r.reason, r.text) for r in removed] == [
        ("related-link", "Lire aussi : Le dossier complet sur la frontière"),
        ("follow-up", "Dossier à suivre"),
    ]


def test_clean_normalises_typographic_spaces_and_apostrophes() -> None:
    text, _ = clean_text("Plus de 1\u202f000\u00a0km² ont été repris ; l\u2019armée avance\u202f!  ‘Fine’ she said.")
    assert text == "Plus de 1 000 km² ont été repris ; l'armée avance ! ‘Fine’ she said."


def test_clean_reads_c1_controls_as_the_windows_punctuation_they_stood_for() -> None:
    text, _ = clean_text("GREENVILLE \x97 The mayor said \x93we will rebuild\x94 and left\x85 It\x92s done.\x81")
    assert text == "GREENVILLE — The mayor said “we will rebuild” and left… It's done."


def test_clean_extracts_body_and_metadata_from_html() -> None:
    paragraphs = "".join(
        f"<p>Le gouverneur de la province a annoncé un nouveau couvre-feu, le {n}e depuis le début du mois, "
        "en raison des frappes répétées sur les installations électriques.</p>"
        for n in range(2, 6)
    )
    html = (
        "<html><head><title>Couvre-feu prolongé</title>"
        '<meta property="og:site_name" content="Le Quotidien Exemple">'
        '<meta property="og:url" content="https://quotidien.example.org/couvre-feu">'
        '<meta property="article:published_time" content="2024-02-11T08:00:00+01:00">'
        "</head><body><nav><a href='/'>Accueil</a></nav><article><h1>Couvre-feu prolongé</h1>"
        f"{paragraphs}<p>Lire aussi : Les coupures de courant en hausse</p></article>"
        "<footer>Mentions légales</footer></body></html>"
    )
    article = Clean()(Article(html=html))
    assert "Le gouverneur de la province a annoncé un nouveau couvre-feu, le 2e" in article.text
    assert "Accueil" not in article.text and "Mentions légales" not in article.text
    assert "Lire aussi" not in article.text
    assert article.title == "Couvre-feu prolongé"
    assert article.outlet == "Le Quotidien Exemple"
    assert article.url == "https://quotidien.example.org/couvre-feu"
    assert article.published == "2024-02-11"
    assert article.id is not None


def test_clean_page_without_article_warns_and_leaves_text_empty() -> None:
    article = Clean()(Article(html="<html><body><nav><a href='/'>Accueil</a></nav></body></html>"))
    assert article.text == ""
    assert any("no article text" in warning for warning in article.warnings)


def test_clean_id_is_stable_and_depends_on_text_and_url() -> None:
    first = Clean()(Article(text="Un texte.", url="https://a.example"))
    again = Clean()(Article(text="Un   texte.", url="https://a.example"))
    other = Clean()(Article(text="Un texte.", url="https://b.example"))
    assert first.id == again.id != other.id
