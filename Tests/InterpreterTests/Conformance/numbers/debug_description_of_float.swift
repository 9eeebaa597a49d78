let f: Float = 0.1
print(f.debugDescription, (0.1).debugDescription, Float.nan.debugDescription, Double.signalingNaN.debugDescription)
// expect: 0.1 0.1 nan snan
