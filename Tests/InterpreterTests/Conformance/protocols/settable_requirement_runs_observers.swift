// A stored property that answers a protocol's settable requirement runs its observers when set
// through the protocol.
protocol Rated { var lr: Double { get set } }
struct Step: Rated { var lr: Double = 1 { willSet { print("will", newValue) } didSet { print("did", oldValue, lr) } } }
final class Box: Rated {
    var lr: Double = 1 { didSet { print("box", lr) } }
}
var r: any Rated = Step()
r.lr = 2
func bump<T: Rated>(_ x: inout T) { x.lr = 3 }
var s = Step()
bump(&s)
var b: any Rated = Box()
b.lr = 4
print(r.lr, s.lr, b.lr)
// expect: will 2.0
// expect: did 1.0 2.0
// expect: will 3.0
// expect: did 1.0 3.0
// expect: box 4.0
// expect: 2.0 3.0 4.0
