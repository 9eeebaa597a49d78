let n = Double.nan
print(n.nextDown, (-n).nextDown, n.nextUp, (-n).nextUp, Double.signalingNaN.nextUp, (-Double.signalingNaN).nextDown)
print(Float.nan.nextDown, (-Float.nan).nextUp, Float.nan.nextUp)
print(1.0.nextDown, (-0.0).nextUp, 0.0.nextDown, Double.infinity.nextDown, (-Double.infinity).nextUp, Double.greatestFiniteMagnitude.nextUp)
// expect: nan -nan nan -nan nan -nan
// expect: nan -nan nan
// expect: 0.9999999999999999 5e-324 -5e-324 1.7976931348623157e+308 -1.7976931348623157e+308 inf
