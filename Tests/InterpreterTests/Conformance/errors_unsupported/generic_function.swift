func id<T>(_ x: T) -> T { x }
// expect error: 1:8 not supported in experiment blocks: generics
