struct Rec { var ok: Bool; var v: Int }
let rs = [Rec(ok: true, v: 1), Rec(ok: false, v: 2), Rec(ok: true, v: 3)]
print(rs.lazy.filter(\.ok).count, Array(rs.lazy.map(\.v)), rs.lazy.filter(\.ok).map(\.v).reduce(0, +))
// expect: 2 [1, 2, 3] 4
