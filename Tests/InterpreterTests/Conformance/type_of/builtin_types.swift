print(type(of: 3), type(of: 2.5), type(of: "s"), type(of: true))
print(type(of: [1.0]), type(of: [1: "a"]))
let o: Int? = 3
print(type(of: o))
print(type(of: (1, 2.0)))
// expect: Int Double String Bool
// expect: Array<Double> Dictionary<Int, String>
// expect: Optional<Int>
// expect: (Int, Double)
