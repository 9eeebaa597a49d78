struct S { var p = initial(); var q: [Double] = grid(3).map { $0 * 2 } }
final class K { var q = initial(); let label: String = name(for: 2) }
func initial() -> Double { 0.5 }
func grid(_ n: Int) -> [Double] { (0..<n).map(Double.init) }
func name(for k: Int) -> String { "k\(k)" }
print(S(), K().q, K().label, S(p: 1).q)
// expect: S(p: 0.5, q: [0.0, 2.0, 4.0]) 0.5 k2 [0.0, 2.0, 4.0]
