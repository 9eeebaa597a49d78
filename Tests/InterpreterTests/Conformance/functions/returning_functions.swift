func makeScaler(_ k: Double) -> (Double) -> Double {
    return { x in k * x }
}
let triple = makeScaler(3)
print(triple(1.5))
// expect: 4.5
