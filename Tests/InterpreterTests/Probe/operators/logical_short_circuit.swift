var calls = 0
func check(_ v: Bool) -> Bool {
    calls += 1
    return v
}
print(check(false) && check(true), calls)
print(check(true) || check(false), calls)
print(!check(false), calls)
