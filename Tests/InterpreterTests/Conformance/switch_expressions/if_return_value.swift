func sign(_ x: Double) -> Int {
    if x < 0 { -1 } else if x == 0 { 0 } else { 1 }
}
print(sign(-2.5), sign(0), sign(4))
let f = { (x: Int) -> String in if x > 0 { "pos" } else { "non-pos" } }
print(f(3), f(-3))
// expect: -1 0 1
// expect: pos non-pos
