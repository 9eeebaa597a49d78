struct Score {
    var points: Int
    static func < (a: Score, b: Score) -> Bool { a.points < b.points }
}
let lo = Score(points: 3), hi = Score(points: 7)
print(lo < hi, hi < lo, [hi, lo].filter { $0 < Score(points: 5) }.count)
// expect: true false 1
