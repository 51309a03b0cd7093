import Mustache

// Every content page renders a `PageView`: its chrome and body answer Mustache's lookups
// directly instead of being reflected into dictionaries first (`MustacheTree`), which was a
// tenth of the render stage at 10,000 pages. A new stored property needs its case here;
// `MustacheParentTests` fails until it has one.

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "page": page
        default: nil
        }
    }
}

extension Chrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "siteTitle": siteTitle
        case "documentTitle": documentTitle
        case "description": description
        case "rootPath": rootPath
        case "homeHref": homeHref
        case "stylesheetHref": stylesheetHref
        case "scriptHref": scriptHref
        case "nav": nav
        case "breadcrumbs": breadcrumbs
        case "languages": languages
        case "hasLanguages": hasLanguages
        case "noindex": noindex
        case "meta": meta
        case "t": t
        default: nil
        }
    }
}

extension LanguageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "label": label
        case "href": href
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "searchHref": searchHref
        case "feedHref": feedHref
        case "ogTitle": ogTitle
        case "ogDescription": ogDescription
        case "ogType": ogType
        case "ogURL": ogURL
        default: nil
        }
    }
}

extension PageBody: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "summary": summary
        case "kind": kind
        case "kindLabel": kindLabel
        case "isDraft": isDraft
        case "contentHTML": contentHTML
        case "outline": outline
        case "hasOutline": hasOutline
        case "pillars": pillars
        case "audience": audience
        case "tags": tags
        case "date": date
        case "updated": updated
        case "previous": previous
        case "next": next
        case "hasNeighbours": hasNeighbours
        case "facts": facts
        case "checklist": checklist
        default: nil
        }
    }
}

extension OutlineItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "id": id
        case "isNested": isNested
        default: nil
        }
    }
}

extension ExerciseFacts: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "duration": duration
        case "participants": participants
        case "materials": materials
        case "hasMaterials": hasMaterials
        default: nil
        }
    }
}

extension ChecklistProgress: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "pattern": pattern
        case "total": total
        default: nil
        }
    }
}
