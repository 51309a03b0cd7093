import Mustache

/// Navigation items fill every page's chrome and every list entry; like `EntryView` they
/// answer Mustache's lookups directly. `MustacheParentTests` checks every stored property.
extension NavItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label.forTemplate
        case "href": href.forTemplate
        case "isCurrent": isCurrent
        default: nil
        }
    }
}
