struct Tag: Hashable {
    var name: String
    var weight: Int
    static func == (a: Tag, b: Tag) -> Bool { a.name == b.name }
}
let tags: Set<Tag> = [Tag(name: "a", weight: 1)]
print(tags.count)
// expect error: 6:11 not supported
