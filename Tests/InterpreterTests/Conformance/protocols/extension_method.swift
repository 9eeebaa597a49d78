// interpreter-only: Swift declares protocols only at file scope, outside the test's wrapper function
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
