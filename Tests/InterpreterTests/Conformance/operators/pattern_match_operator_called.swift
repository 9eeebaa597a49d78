let z = 0.5
print((-1.0...1.0) ~= z, (0..<3) ~= 2, (0..<3) ~= 3, 5 ~= 5, "a" ~= "b", (0.0..<1.0) ~= 1.0)
let r = 1...4
print(r ~= 4)
// expect: true true false true false false
// expect: true
