let z = Double.nan
switch z {
case -1...1: print("inside")
default: print("outside")
}
if case 0...5 = z { print("case in") } else { print("case out") }
switch z { case ...1: print("through in"); default: print("through out") }
switch z { case 1...: print("from in"); default: print("from out") }
switch z { case ..<1: print("upto in"); default: print("upto out") }
switch z { case 0..<1: print("half in"); default: print("half out") }
print((-1.0...1.0).contains(z))
print((z, 1.0) <= (1.0, 1.0), (1.0, z) <= (1.0, z), (1.0, 2.0) >= (1.0, z), (0.0, z) < (1.0, 0.0))
let f: Float = 0.5
switch f { case -1...1: print("float in"); default: print("float out") }
switch Float.nan { case -1...1: print("fnan in"); default: print("fnan out") }
let u: UInt8 = 200
switch u { case 0..<128: print("low"); case 128...: print("high"); default: print("?") }
switch 2.5 { case 0...1: print("a"); case 1...3: print("b"); default: print("c") }
// expect: outside
// expect: case out
// expect: through out
// expect: from out
// expect: upto out
// expect: half out
// expect: false
// expect: false false false true
// expect: float in
// expect: fnan out
// expect: high
// expect: b
