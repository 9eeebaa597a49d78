func id<T>(_ x: T) -> T { x }
// expect error: 1:9 not supported in experiment blocks: generic parameters without a protocol or class of the note as constraint ('T')
