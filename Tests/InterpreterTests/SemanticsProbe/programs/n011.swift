let a: Int? = nil
let b: Int? = 4
let c: Int?? = .some(nil)
print(a ?? b ?? 0, a ?? 7, b.map { $0 * 2 } as Any, c as Any, (c ?? 5) as Any)
print(a as Any, b as Any, String(describing: b), "\(b)")
let s: String? = "hi"
print(s?.count as Any, s?.uppercased() ?? "none", a?.description ?? "nil")
