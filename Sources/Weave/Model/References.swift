/// Something in a note that `\ref`, `\eqref` and `\cref` can name.
struct ReferenceTarget: Hashable, Sendable {
    /// What kind of thing it is, which decides the words `\cref` puts before its number.
    enum Kind: Hashable, Sendable { case equation, figure, table, check, section }

    var kind: Kind
    /// Its number; for a section, which has none, `\ref` shows its title instead.
    var number: Int?
    /// The id of its element on the page (without `#`).
    var anchor: String
    /// A section's heading as plain text (empty for the numbered kinds).
    var title: String = ""
}

/// Where one reference command (`\ref{…}`, `\eqref{…}`, `\cref{…}`, `\cite{…}`) or bracketed
/// citation (`[@…]`) stands in the `.md` file, as the reader found it.
struct ReferenceSite: Hashable, Sendable {
    /// The command's name, or `@` for a bracketed citation.
    var command: String
    /// The text between the braces (or the brackets).
    var argument: String
    var location: SourceLocation
}

extension Note {
    /// The location of the first site at or after `start` (the start of the block that holds the
    /// reference) whose argument satisfies `matches`, skipping the first `skip` such sites: where
    /// a reference the passes found in a block stands exactly. Falls back to `start`.
    func site(after start: SourceLocation, skip: Int = 0, where matches: (ReferenceSite) -> Bool) -> SourceLocation {
        var skipped = 0
        for site in referenceSites where site.location >= start && matches(site) {
            if skipped == skip { return site.location }
            skipped += 1
        }
        return start
    }
}
