func sign(_ x: Double) -> Int {
    if x > 0 { return 1 } else if x < 0 { return -1 }
}
print("never printed")
print(sign(2))
// expect error: 3:1 missing return in global function expected to return 'Int'
