/// Who a page is written for.
public enum Audience: String, CaseIterable, Sendable {
    case frontline
    case leaders
    case everyone
}
