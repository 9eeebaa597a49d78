/// Assigns palette slots to series labels in order of first appearance, so
/// one optimizer keeps its colour across every panel of a figure.
struct ColorKey {
    private var slots: [String: Int] = [:]
    /// Labels in assignment order.
    private(set) var labels: [String] = []

    /// Registers `label` if it is new.
    mutating func add(_ label: String) {
        guard slots[label] == nil else { return }
        slots[label] = labels.count
        labels.append(label)
    }

    /// The CSS class (`k0` …) colouring series `label`.
    func className(_ label: String) -> String {
        "k\((slots[label] ?? 0) % Palette.count)"
    }

    /// A dash pattern distinguishing series beyond the palette's length
    /// (nil for the first round of colours).
    func dashes(_ label: String) -> String? {
        let round = (slots[label] ?? 0) / Palette.count
        return round == 0 ? nil : ["6 3", "2 3", "8 3 2 3"][(round - 1) % 3]
    }
}
