struct Item {
    let id: Int
    var score: Double
}
var it = Item(id: 1, score: 0.5)
it.score *= 2
print(it)
// expect: Item(id: 1, score: 1.0)
