func sign(_ x: Double) -> Int {
    if x > 0 { return 1 }
    if x < 0 { return -1 }
    print("zero")
}
print(sign(2))
print(sign(0))
// expect error: 4:5 missing return in a function expected to return 'Int'
