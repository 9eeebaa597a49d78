struct Tag: Equatable { var name: String; var weight: Int
    static func == (a: Tag, b: Tag) -> Bool { a.name == b.name } }
let tags = [Tag(name: "a", weight: 1), Tag(name: "b", weight: 2)]
print(tags.contains(Tag(name: "a", weight: 99)), tags.firstIndex(of: Tag(name: "b", weight: 0)) as Any)
print(tags == [Tag(name: "a", weight: 0), Tag(name: "b", weight: 0)], Tag(name: "x", weight: 1) != Tag(name: "x", weight: 2))
print(tags.firstIndex(of: Tag(name: "a", weight: 5)) as Any, [tags] == [[Tag(name: "a", weight: 0), Tag(name: "b", weight: 0)]])
let dict = ["k": Tag(name: "a", weight: 1)]
print(dict == ["k": Tag(name: "a", weight: 2)])
print(Optional(Tag(name: "q", weight: 1)) == Tag(name: "q", weight: 3))
print((1, Tag(name: "z", weight: 1)) == (1, Tag(name: "z", weight: 2)))
// expect: true Optional(1)
// expect: true false
// expect: Optional(0) true
// expect: true
// expect: true
// expect: true
