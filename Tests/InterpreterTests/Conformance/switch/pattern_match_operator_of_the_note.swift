struct Band { let lo: Double, hi: Double }
func ~= (b: Band, x: Double) -> Bool { b.lo <= x && x <= b.hi }
let fine = Band(lo: 0, hi: 1e-8)
for x in [1e-10, 0.5] {
    switch x {
    case fine: print("fine")
    case 0.5: print("half")
    default: print("coarse")
    }
}
struct Even {}
func ~= (pattern: Even, value: Int) -> Bool { value % 2 == 0 }
for n in 1...4 {
    switch n { case Even(): print(n, "even"); case 3: print("three"); case 0...1: print("low"); default: print(n, "odd") }
}
if case Even() = 6 { print("six is even") }
func classify(_ n: Int) -> String {
    switch n { case Even() where n > 2: return "big even " + classify(n - 1); case Even(): return "even"; default: return "odd" }
}
print(classify(4))
// expect: fine
// expect: half
// expect: low
// expect: 2 even
// expect: three
// expect: 4 even
// expect: six is even
// expect: big even odd
