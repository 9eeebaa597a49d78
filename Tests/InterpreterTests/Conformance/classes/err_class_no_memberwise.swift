class P {
    var x = 0.0
}
let p = P(x: 1)
// expect error: 4:14 argument passed to call that takes no arguments
