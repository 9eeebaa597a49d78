struct Fund: Identifiable, Hashable {
    let id: Int
    let name: String
}
enum Asset: String, Identifiable, CaseIterable {
    case bond, stock
    var id: String { rawValue }
}
let fs = [Fund(id: 2, name: "b"), Fund(id: 1, name: "a")]
print(fs.sorted { $0.id < $1.id }.map(\.name), Asset.allCases.map(\.id))
let byID = Dictionary(uniqueKeysWithValues: fs.map { ($0.id, $0) })
print(byID[1]!.name)
// expect: ["a", "b"] ["bond", "stock"]
// expect: a
