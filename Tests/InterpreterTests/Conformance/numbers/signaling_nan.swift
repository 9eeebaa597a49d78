print(Double.signalingNaN.isNaN, Float.signalingNaN.isSignalingNaN, Double.signalingNaN.isSignalingNaN)
print(Double.signalingNaN, Float.signalingNaN)
let x: Double = .signalingNaN
print(x.isSignalingNaN, (x + 1).isSignalingNaN)
// expect: true true true
// expect: snan snan
// expect: true false
