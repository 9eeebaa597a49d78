class Link {
    var next: Link?
    var id: Int
    init(id: Int) { self.id = id }
}
let first = Link(id: 1)
let second = Link(id: 2)
first.next = second
print(first.next === second, second.next === nil, first.next!.id)
// expect: true true 2
