struct Counter {
    func next(_ n: Int) -> Int { n + 1 }
    func next(_ m: Int) -> Int { m + 2 }
}
print(Counter().next(1))
// expect error: 3:10 invalid redeclaration of 'next'
