protocol Scalable { static func * (s: Double, v: Self) -> Self }
extension Scalable { func shifted(_ t: Double) -> Self { t + self } }
struct P: Scalable { var x: Double; static func * (s: Double, v: P) -> P { P(x: s * v.x) } }
print(P(x: 2).shifted(3))
// expect error: 2:62 cannot convert value of type 'Self' to expected argument type 'Double'
