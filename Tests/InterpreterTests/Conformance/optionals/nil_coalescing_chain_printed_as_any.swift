// A printed item is an Any: 'chain?.member ?? literal' keeps the literal's own type there,
// as swiftc converts the chain's value to Any inside the chain; elsewhere the literal takes the chain's type.
struct Run { var loss = 0.5; var steps = 3; var next: Run? { nil } }
let none: Run? = nil
let some: Run? = Run()
let losses: [Double] = []
print(none?.loss ?? 0, some?.loss ?? 0, none?.next?.loss ?? -1, (none?.loss ?? 2))
print(none?.steps ?? 0.5, none?.loss ?? "none", none.map { $0.loss } ?? 4, losses.first ?? 0)
print("\(none?.loss ?? 3)", [none?.loss ?? 6], none?.loss ?? 0.0)
let kept = none?.loss ?? 5
print(kept, losses.first.map { $0 * 2 } ?? 7)
// expect: 0 0.5 -1 2
// expect: 0.5 none 4 0.0
// expect: 3.0 [6.0] 0.0
// expect: 5.0 7
