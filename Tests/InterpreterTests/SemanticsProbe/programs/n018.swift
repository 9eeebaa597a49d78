struct S { let a: Int; let b: String }
let arr = [S(a: 2, b: "x"), S(a: 1, b: "y"), S(a: 2, b: "z"), S(a: 1, b: "w")]
print(arr.sorted { $0.a < $1.a }.map { $0.b })
print(arr.sorted { ($0.a, $0.b) > ($1.a, $1.b) }.map { $0.b })
let t = [(1, "b"), (0, "z"), (1, "a")]
print(t.sorted { $0 < $1 })
print([3, 1, 2].sorted(by: >), ["b", "A", "a", "B"].sorted())
