import Mustache

// The layouts' views answer Mustache's lookups by name, as every view does: each stored
// property has its case (`MustacheParentTests` checks), strings as `TemplateText`.

extension HomeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "title": title.forTemplate
        case "description": description.forTemplate
        case "introHTML": introHTML.forTemplate
        case "pillars": pillars
        case "chart": chart
        case "recent": recent
        case "sections": sections
        case "editHref": editHref.forTemplate
        default: nil
        }
    }
}

extension SectionLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label.forTemplate
        case "href": href.forTemplate
        case "count": count
        default: nil
        }
    }
}

extension PillarsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "title": title.forTemplate
        case "intro": intro.forTemplate
        case "pillars": pillars
        case "chart": chart
        case "siblings": siblings
        default: nil
        }
    }
}

extension PillarView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "page": page
        case "untranslatedHref": untranslatedHref.forTemplate
        case "groups": groups
        default: nil
        }
    }
}

extension ListView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "title": title.forTemplate
        case "entries": entries
        case "isEmpty": isEmpty
        case "entriesHTML": entriesHTML.forTemplate
        case "siblings": siblings
        default: nil
        }
    }
}

extension TagsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "title": title.forTemplate
        case "tags": tags
        default: nil
        }
    }
}

extension PillarCard: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title.forTemplate
        case "href": href.forTemplate
        case "summary": summary.forTemplate
        case "count": count
        case "kinds": kinds
        default: nil
        }
    }
}

extension KindCount: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label.forTemplate
        case "count": count
        default: nil
        }
    }
}

extension EntryGroup: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label.forTemplate
        case "entries": entries
        case "entriesHTML": entriesHTML.forTemplate
        default: nil
        }
    }
}

extension SearchView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "title": title.forTemplate
        default: nil
        }
    }
}

extension NotFoundView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "title": title.forTemplate
        case "message": message.forTemplate
        case "baseHref": baseHref.forTemplate
        case "languageRoot": languageRoot.forTemplate
        case "topFolders": topFolders.forTemplate
        case "homeHref": homeHref.forTemplate
        default: nil
        }
    }
}
