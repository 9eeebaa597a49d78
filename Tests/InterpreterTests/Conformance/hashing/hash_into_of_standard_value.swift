struct P: Hashable {
    var x: Int
    func hash(into hasher: inout Hasher) { x.hash(into: &hasher) }
}
print(Set([P(x: 1), P(x: 1), P(x: 2)]).count)
// expect: 2
