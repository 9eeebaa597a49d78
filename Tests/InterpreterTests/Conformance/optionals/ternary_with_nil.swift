func half(_ n: Int) -> Int? {
    n % 2 == 0 ? n / 2 : nil
}
let flag = false
let fallback: Double? = flag ? nil : nil
print(half(8) ?? -1, half(7) ?? -1, fallback ?? 0.5)
// expect: 4 -1 0.5
