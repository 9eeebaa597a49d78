struct Pair: Equatable {
    var a: Int
    var b: Int
}
print(Pair(a: 1, b: 2) == Pair(a: 1, b: 2))
print(Pair(a: 1, b: 2) == Pair(a: 2, b: 1))
print([Pair(a: 0, b: 0)].contains(Pair(a: 0, b: 0)))
