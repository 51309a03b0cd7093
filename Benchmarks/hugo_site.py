"""The minimal Hugo site `run.py` builds the corpus with, for the Hugo ÷ playbook ratio.

It renders what playbook renders: every page (title, summary, outline, body, tags, pillars,
previous/next), the home page, one list per section, and the tag and pillar list pages, in
every language of the corpus. No RSS, sitemap or robots.txt (playbook's core build writes none either).
"""
import os

CONFIG = """\
baseURL = "https://example.invalid/"
title = "Benchmark playbook"
defaultContentLanguage = "{default}"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
{languages}[taxonomies]
tag = "tags"
pillar = "pillars"
[permalinks]
pillars = "/hand/:slug/"
"""

BASEOF = """\
<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}<a href="{{ "/tags/" | relLangURL }}">Tags</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Title }}</footer>
</body>
</html>
"""

SINGLE = """\
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
<p>{{ with .Params.audience }}{{ . }}{{ end }} {{ with .Params.date }}{{ . }}{{ end }}</p>
<nav aria-label="On this page">{{ .TableOfContents }}</nav>
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<ul>{{ range .GetTerms "pillars" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</article>{{ end }}
"""

LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }} {{ .Params.audience }}</li>{{ end }}</ul>
{{ end }}
"""


def write(directory, codes):
    """Writes the Hugo config and layouts into a corpus; `codes` are its languages, default first."""
    config = CONFIG.replace("{default}", codes[0]).replace(
        "{languages}", "".join(f"[languages.{code}]\nweight = {n + 1}\n" for n, code in enumerate(codes)))
    files = {"hugo.toml": config, "layouts/_default/baseof.html": BASEOF,
             "layouts/_default/single.html": SINGLE, "layouts/_default/list.html": LIST}
    for name, text in files.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
