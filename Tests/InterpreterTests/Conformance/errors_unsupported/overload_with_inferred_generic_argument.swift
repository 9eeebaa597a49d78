func f(_ x: [Int]) -> String { "array" }
func f<T>(_ x: T) -> String { "generic" }
print(f([Int](1...3)))
print(f(Array(1...3)))
// expect error: 4:9 not supported in experiment blocks: passing 'Array(1...3)', whose type arguments Swift infers
