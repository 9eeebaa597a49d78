protocol Scorable { var score: Double { get } }
extension Double: Scorable { var score: Double { self } }
extension Int: Scorable { var score: Double { Double(self) * 10 } }
struct S: Scorable { var score = 1.5 }
func best<T: Scorable>(_ xs: [T]) -> T? { xs.max { $0.score < $1.score } }
func total<T: Scorable>(_ x: T, _ y: T) -> Double { x.score + y.score }
print(best([2.0, 1.0])!, best([3, 1])!, best([S(), S(score: 4)])!)
print(total(1.5, 2), total(2, 3), total(S(), S()))
print(type(of: best([2.0])!))
// expect: 2.0 3 S(score: 4.0)
// expect: 3.5 50.0 3.0
// expect: Double
