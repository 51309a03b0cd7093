import Mustache
import PlaybookTheme

// The handbook's views answer Mustache's lookups by name, as every view does: each stored
// property has its case (`MustacheParentTests` checks), strings as `TemplateText`.

extension HandbookView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang.forTemplate
        case "title": title.forTemplate
        case "documentTitle": documentTitle.forTemplate
        case "description": description.forTemplate
        case "languageLabel": languageLabel.forTemplate
        case "edition": edition.forTemplate
        case "stylesheetHref": stylesheetHref.forTemplate
        case "siteHref": siteHref.forTemplate
        case "chapters": chapters
        case "t": TemplateStrings(strings: t)
        default: nil
        }
    }
}

extension HandbookChapter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id.forTemplate
        case "title": title.forTemplate
        case "kind": kind.forTemplate
        case "pages": pages
        default: nil
        }
    }
}

extension HandbookPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id.forTemplate
        case "title": title.forTemplate
        case "summary": summary.forTemplate
        case "kind": kind.forTemplate
        case "kindLabel": kindLabel.forTemplate
        case "pillars": pillars
        case "audience": audience.forTemplate
        case "date": date.forTemplate
        case "contentHTML": contentHTML.forTemplate
        case "facts": facts
        case "originalLanguage": originalLanguage.forTemplate
        case "untranslatedNote": untranslatedNote.forTemplate
        case "articleHTML": articleHTML.forTemplate
        default: nil
        }
    }
}

/// What `partials/handbook-page` renders: one page, with the UI strings of its language.
struct HandbookArticleView: MustacheParent {
    var page: HandbookPage
    var t: [String: String]

    func child(named name: String) -> Any? {
        name == "t" ? TemplateStrings(strings: t) : page.child(named: name)
    }
}
