func multiplier(_ k: Double) -> (Double) -> Double {
    { x in x * k }
}
let triple = multiplier(3)
print(triple(2.5))
let fs = [1.0, 2.0, 3.0].map(multiplier)
print(fs.map { $0(10) })
