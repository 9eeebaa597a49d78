struct V { var x: Double }
func + (a: V, b: V) -> V { V(x: a.x + b.x) }
// expect error: 2:6 not supported in experiment blocks: operator functions outside a type ('func +'); declare it as 'static func +' in the type
