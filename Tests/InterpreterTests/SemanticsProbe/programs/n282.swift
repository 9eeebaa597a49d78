func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
struct Frac: CustomStringConvertible { var n, d: Int
  init(_ n: Int, _ d: Int) { let g = gcd(n, d); self.n = (d < 0 ? -n : n) / g; self.d = abs(d) / g }
  static func + (a: Frac, b: Frac) -> Frac { Frac(a.n * b.d + b.n * a.d, a.d * b.d) }
  var description: String { d == 1 ? "\(n)" : "\(n)/\(d)" } }
print(Frac(1, 2) + Frac(1, 3), Frac(2, -4), Frac(3, 6) + Frac(1, 2), [Frac(1, 4), Frac(6, 8)])
