func make<T>() -> [T] { [] }
let xs = make()
// expect error: 2:10 generic parameter 'T' could not be inferred
