import Mustache

/// List pages render many entries per content page (sections, tags, pillars), so entries
/// answer Mustache's lookups directly instead of being reflected with `Mirror`, which is
/// costly. A new stored property needs its case here;
/// `MustacheParentTests` fails until it has one.
extension EntryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title.forTemplate
        case "href": href.forTemplate
        case "summary": summary.forTemplate
        case "kindLabel": kindLabel.forTemplate
        case "pillars": pillars
        case "audience": audience.forTemplate
        case "isFallback": isFallback
        case "fallbackLabel": fallbackLabel.forTemplate
        case "duration": duration
        case "participants": participants.forTemplate
        case "entryHTML": entryHTML.forTemplate
        default: nil
        }
    }
}
