let p = (x: 1, y: "a")
let (a, b) = p
let (_, q) = (1, 2)
print(a, b, q, p.x, p.1, p == (1, "a"), (1, 2) < (1, 3), (2, "a") > (1, "z"))
func minmax(_ xs: [Int]) -> (min: Int, max: Int)? { guard let f = xs.first else { return nil }; return xs.reduce((f, f)) { (Swift.min($0.0, $1), Swift.max($0.1, $1)) } }
print(minmax([3, 1, 4]) as Any, minmax([])  as Any, minmax([5])!.max)
