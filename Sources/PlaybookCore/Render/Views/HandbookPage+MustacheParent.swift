import Mustache

/// The handbook layout lists every page of the playbook (contents, then each article):
/// answering its lookups directly spares reflecting thousands of pages with `Mirror` on every
/// rebuild of the preview. `MustacheParentTests` checks every stored property.
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
