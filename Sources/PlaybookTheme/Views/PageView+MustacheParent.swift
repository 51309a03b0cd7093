import Mustache

// Every content page renders a `PageView`: its chrome and body answer Mustache's lookups
// directly instead of being reflected into dictionaries first, which is costly on every
// page. A new stored property needs its case here;
// `MustacheParentTests` fails until it has one.

extension PageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "page": page
        default: nil
        }
    }
}

extension Chrome: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang.forTemplate
        case "siteTitle": siteTitle.forTemplate
        case "documentTitle": documentTitle.forTemplate
        case "description": description.forTemplate
        case "rootPath": rootPath.forTemplate
        case "homeHref": homeHref.forTemplate
        case "stylesheetHref": stylesheetHref.forTemplate
        case "scriptHref": scriptHref.forTemplate
        case "nav": nav
        case "navHTML": navHTML.forTemplate
        case "breadcrumbs": breadcrumbs
        case "breadcrumbsHTML": breadcrumbsHTML.forTemplate
        case "languages": languages
        case "languagesHTML": languagesHTML.forTemplate
        case "headerHTML": headerHTML.forTemplate
        case "hasLanguages": hasLanguages
        case "noindex": noindex
        case "meta": meta
        case "t": TemplateStrings(strings: t)
        default: nil
        }
    }
}

extension LanguageLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang.forTemplate
        case "label": label.forTemplate
        case "href": href.forTemplate
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

extension PageMeta: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "searchHref": searchHref.forTemplate
        case "feedHref": feedHref.forTemplate
        case "ogTitle": ogTitle.forTemplate
        case "ogDescription": ogDescription.forTemplate
        case "ogType": ogType.forTemplate
        case "ogURL": ogURL.forTemplate
        default: nil
        }
    }
}

extension PageBody: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title.forTemplate
        case "summary": summary.forTemplate
        case "kind": kind.forTemplate
        case "kindLabel": kindLabel.forTemplate
        case "isDraft": isDraft
        case "isOutdated": isOutdated
        case "contentHTML": contentHTML.forTemplate
        case "outline": outline
        case "hasOutline": hasOutline
        case "pillars": pillars
        case "audience": audience.forTemplate
        case "tags": tags
        case "date": date.forTemplate
        case "updated": updated.forTemplate
        case "previous": previous
        case "next": next
        case "hasNeighbours": hasNeighbours
        case "facts": facts
        case "checklist": checklist
        case "editHref": editHref.forTemplate
        case "siblings": siblings
        default: nil
        }
    }
}

extension SiblingList: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title.forTemplate
        case "items": items
        case "itemsHTML": itemsHTML.forTemplate
        case "more": more
        default: nil
        }
    }
}

extension OutlineItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text.forTemplate
        case "id": id.forTemplate
        case "isNested": isNested
        default: nil
        }
    }
}

extension ExerciseFacts: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "duration": duration
        case "participants": participants.forTemplate
        case "materials": materials
        case "hasMaterials": hasMaterials
        default: nil
        }
    }
}

extension ChecklistProgress: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text.forTemplate
        case "pattern": pattern.forTemplate
        case "total": total
        default: nil
        }
    }
}
