class Tag {
    let name: String
    init(_ name: String) { self.name = name }
}
let t1 = Tag("a"), t2 = Tag("a")
let tags = [t1, t2, t1]
print(tags.filter { $0 === t1 }.count)
print(tags.firstIndex { $0 === t2 }!)
