let s: String? = "12"
let n = s.map { Int($0) }
print(n as Any)
let m = s.flatMap { Int($0) }
print(m as Any)
let doubled = m.map { $0 * 2 }
print(doubled!)
