func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}
let inc = { (x: Int) in x + 1 }
let dbl = { (x: Int) in x * 2 }
print(compose(inc, dbl)(5))
print(compose(dbl, inc)(5))
