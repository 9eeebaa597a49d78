struct Bad: Hashable {
    var xs: [Int]
    static func == (a: Bad, b: Bad) -> Bool { a.xs[3] == b.xs[3] }
    func hash(into hasher: inout Hasher) { hasher.combine(xs.count) }
}
print("before")
let s: Set<Bad> = [Bad(xs: [1]), Bad(xs: [2])]
print("after", s.count)
// expect error: 3:47 index 3 out of range for array of count 1
