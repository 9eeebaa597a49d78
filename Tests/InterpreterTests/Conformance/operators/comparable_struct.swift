struct Version: Comparable {
    var major: Int
    var minor: Int
    static func < (a: Version, b: Version) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
}
let vs = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(vs.sorted().map(\.minor), vs.max()!.minor, vs.min()!.major)
print(vs[0] > vs[1], vs[0] <= vs[2], vs[1] >= vs[1], vs[0] == vs[2], vs[0] != vs[2])
func largest<T: Comparable>(_ xs: [T]) -> T { xs.reduce(xs[0]) { $1 > $0 ? $1 : $0 } }
print(largest(vs).minor)
// expect: [9, 0, 2] 2 0
// expect: true false true false true
// expect: 2
