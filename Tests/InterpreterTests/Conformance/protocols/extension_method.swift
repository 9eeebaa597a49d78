protocol Scalable {
    var value: Double { get }
}
extension Scalable {
    func doubled() -> Double { value * 2 }
    var squared: Double { value * value }
}
struct Weight: Scalable { var value: Double }
let w = Weight(value: 3)
print(w.doubled(), w.squared)
// expect: 6.0 9.0
