let n = 10
var counter = 0
let names = ["a", "b"]
struct Config {
    var steps = n
    var rate = 0.1 * Double(n)
    var id: Int = counter
    var label = names.joined(separator: "+")
    static let scale = n * 2
}
print(Config().steps, Config().rate, Config().label, Config.scale)
counter = 5
print(Config().id)
enum Mode { case fast(steps: Int = n, tag: String = names[0]) }
if case let .fast(s, t) = Mode.fast() { print(s, t) }
// expect: 10 1.0 a+b 20
// expect: 5
// expect: 10 a
