func outer() -> Int {
    let steps = 5
    func steps(_ k: Int) -> Int { k + 1 }
    return steps(steps)
}
print(outer())
// expect error: 4:12 cannot call value of non-function type 'Int'
