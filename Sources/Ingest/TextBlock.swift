/// One block of a page's text (a paragraph, list item, table cell, heading or line), before
/// blocks are grouped into sections.
struct TextBlock: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// `<h1>`…`<h6>`, or a Markdown `#` heading, with its level.
        case heading(Int)
        case paragraph
        case listItem
        case cell
    }

    var text: String
    var role: Role
    /// Every character of the block is bold (`<b>`, `<strong>`, Markdown `**`).
    var emphasized: Bool = false
}
