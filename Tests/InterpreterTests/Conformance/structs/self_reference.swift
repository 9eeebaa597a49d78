struct Box {
    var w: Int
    func bigger(than other: Box) -> Bool { self.w > other.w }
    mutating func grow() { self.w += 1 }
}
var b = Box(w: 1)
b.grow()
print(b.bigger(than: Box(w: 1)), b.w)
// expect: true 2
