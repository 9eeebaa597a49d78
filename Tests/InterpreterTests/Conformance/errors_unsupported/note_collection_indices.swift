struct Ring: Collection {
    var items: [Int]
    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    func index(after i: Int) -> Int { i + 1 }
    subscript(i: Int) -> Int { items[i] }
}
let ring = Ring(items: [1, 2])
print(ring.firstIndex(of: 2)!)
// expect error: 9:12 not supported in experiment blocks: 'firstIndex' of a collection of the note
