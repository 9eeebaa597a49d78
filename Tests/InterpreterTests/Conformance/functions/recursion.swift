func fib(_ n: Int) -> Int {
    n < 2 ? n : fib(n - 1) + fib(n - 2)
}
func fact(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    return n * fact(n - 1)
}
print(fib(20), fact(10))
// expect: 6765 3628800
