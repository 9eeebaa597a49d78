func a<T>(_ x: T) -> String { "generic" }
func a(_ x: [Double]) -> String { "[Double]" }
func b(_ x: [Double]) -> String { "[Double]" }
func b(_ x: [Int]) -> String { "[Int]" }
func c<T>(_ x: T) -> String { "generic" }
func c(_ x: (Double, Double)) -> String { "tuple" }
func d<T>(_ x: T) -> String { "generic" }
func d(_ x: [Float]) -> String { "[Float]" }
func e<T>(_ x: T) -> String { "generic" }
func e(_ x: Double?) -> String { "Double?" }
func g<T>(_ x: T) -> String { "generic" }
func g(_ x: [Double?]) -> String { "[Double?]" }
func h<T>(_ x: T) -> String { "generic" }
func h(_ x: [String: Double]) -> String { "dict" }
func k<T>(_ x: [T]) -> String { "generic array" }
func k(_ x: [Double]) -> String { "[Double]" }
print(a([1, 2]), a([1.5]), b([1, 2]), c((1, 2)), d([1.5]), e(3), g([1]), h(["a": 1]), k([1, 2]))
// expect: [Double] [Double] [Int] tuple [Float] generic [Double?] dict generic array
