let x = 42
switch x {
case let n where n % 2 == 0:
    print("even", n)
default:
    print("odd")
}
// expect: even 42
