protocol Resettable { mutating func reset() }
struct Timer: Resettable {
    var t = 5
    mutating func reset() { t = 0 }
}
var timer = Timer()
timer.reset()
let r: any Resettable = timer
print(r is Timer, timer.t)
// expect: true 0
